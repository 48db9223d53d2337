package vn.cong.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The attachment types the portals accept — PDF, Word and Excel (old and Office Open XML) and images — checked on
 * the bytes, not on the name: the extension must agree with the file's signature (a script renamed .pdf is
 * refused). A handful of fixed signatures, so no detection library: Apache Tika's core alone would also answer only
 * "zip" for DOCX/XLSX, and its container detectors bring the parser modules.
 */
public final class FileTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "gif", "image/gif");

    private FileTypes() {
    }

    /** The content type of an accepted file, empty when its name and bytes are not one of the accepted types. */
    public static Optional<String> detect(String fileName, byte[] bytes) {
        String extension = extension(fileName);
        String type = BY_EXTENSION.get(extension);
        if (type == null || bytes == null) {
            return Optional.empty();
        }
        boolean matches = switch (extension) {
            case "pdf" -> startsWith(bytes, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case "doc", "xls" -> startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
            case "docx" -> zipHolds(bytes, "word/");
            case "xlsx" -> zipHolds(bytes, "xl/");
            case "png" -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "gif" -> startsWith(bytes, "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    || startsWith(bytes, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            default -> false;
        };
        return matches ? Optional.of(type) : Optional.empty();
    }

    /** Images are shown in the page; documents are downloaded. */
    public static boolean isInline(String contentType) {
        return contentType.startsWith("image/") || "application/pdf".equals(contentType);
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean zipHolds(byte[] bytes, String folder) {
        if (!startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(folder)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
