package org.entente.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files as strict UTF-8, so that a mis-encoded file is refused, not garbled. */
public final class TextFiles {

    private TextFiles() {}

    /** The file's text; an InputException naming the file (and the line of a bad byte) otherwise. */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "file not found");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw InputException.at(file, lineOf(bytes, bad),
                    String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw InputException.in(file, "not valid UTF-8");
        }
        String text = out.flip().toString();
        // A byte-order mark is an encoding artefact, not text.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
