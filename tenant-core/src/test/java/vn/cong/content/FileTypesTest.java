package vn.cong.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Attachments are accepted by their bytes, and the name's extension must agree. */
class FileTypesTest {

    @Test
    void aPdfIsAcceptedAndAScriptNamedPdfIsNot() {
        assertEquals(Optional.of("application/pdf"), FileTypes.detect("QD-15.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(FileTypes.detect("QD-15.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileTypes.detect("run.exe", "MZ....".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void aDocxMustBeAWordPackageNotAnyZip() throws IOException {
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                FileTypes.detect("to-trinh.DOCX", zip("word/document.xml")));
        assertTrue(FileTypes.detect("to-trinh.docx", zip("payload.sh")).isEmpty());
        assertTrue(FileTypes.detect("bang.xlsx", zip("word/document.xml")).isEmpty());
    }

    @Test
    void imagesAreRecognisedByTheirSignature() {
        assertEquals(Optional.of("image/png"), FileTypes.detect("so-do.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertTrue(FileTypes.detect("so-do.png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}).isEmpty());
    }

    @Test
    void uploadedNamesLoseTheirPath() {
        assertEquals("Quyết định 15.pdf", Attachments.cleanName("C:\\Users\\x\\Quyết định 15.pdf"));
        assertEquals("a.pdf", Attachments.cleanName("../../a.pdf"));
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
