package org.entente.cli;

/** A check the user asked for (SHACL validation) did not pass; its details are already printed. */
final class CheckFailed extends RuntimeException {
    CheckFailed(String message) {
        super(message);
    }
}
