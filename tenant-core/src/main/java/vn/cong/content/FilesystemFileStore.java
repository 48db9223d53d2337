package vn.cong.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default {@link FileStore}: files under {@code cong.files.dir} (the launcher puts it beside the embedded
 * database; default a folder in the system's temporary directory), at {@code ab/cd/<sha256>}. Written to a temporary
 * name and moved into place, so a reader never sees half a file; a file already there is not written again.
 */
@ApplicationScoped
public class FilesystemFileStore implements FileStore {

    @Inject
    @ConfigProperty(name = "cong.files.dir", defaultValue = " ")
    String directory;

    public FilesystemFileStore() {
    }

    FilesystemFileStore(String directory) {
        this.directory = directory;
    }

    @Override
    public void put(StoredFile file, byte[] bytes) throws IOException {
        Path target = path(file.sha256());
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Path path = path(sha256);
        if (!Files.isRegularFile(path)) {
            throw new FileNotFoundException(sha256);
        }
        return Files.newInputStream(path);
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        Path root = directory == null || directory.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "cong-files") : Path.of(directory.strip());
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
