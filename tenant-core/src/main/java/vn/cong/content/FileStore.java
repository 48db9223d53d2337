package vn.cong.content;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachments' bytes live, addressed by their SHA-256 (the same file uploaded twice is stored once).
 * The default is {@link FilesystemFileStore}; an object store would be another implementation of this interface.
 */
public interface FileStore {

    /** Stores bytes whose hash, size and type were already checked. */
    void put(StoredFile file, byte[] bytes) throws IOException;

    /** The bytes of a stored file; {@link java.io.FileNotFoundException} when they are missing. */
    InputStream open(String sha256) throws IOException;
}
