package org.entente.ingest;

import java.nio.file.Path;

/**
 * Bad input: a message that names the file and the line (or the claim) at fault, so the command
 * line can print it as one line and exit non-zero without a stack trace.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "FILE: message" */
    public static InputException in(Path file, String message) {
        return new InputException(file + ": " + message);
    }

    /** "FILE:LINE: message", the form compilers use, which editors can jump to. */
    public static InputException at(Path file, long line, String message) {
        return new InputException(file + ":" + line + ": " + message);
    }
}
