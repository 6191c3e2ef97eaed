package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void aBadByteIsReportedWithItsFileAndLine() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertEquals(file + ":2: not valid UTF-8 (byte 0xE9 at offset 6)", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent.txt");
        assertEquals(file + ": file not found",
                assertThrows(InputException.class, () -> TextFiles.readUtf8(file)).getMessage());
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path file = dir.resolve("bom.txt");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
        assertEquals("hi", TextFiles.readUtf8(file));
    }
}
