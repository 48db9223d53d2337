package vn.cong.content;

/** What the {@link FileStore} keeps: the bytes' SHA-256 (their key), their size and their checked type. */
public record StoredFile(String sha256, long size, String contentType) {
}
