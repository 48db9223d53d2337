package vn.cong.catalog.preset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The preset files shipped in {@code tenant-core} under {@code catalog/presets/}, listed in its {@code index.txt}
 * (a jar cannot be listed reliably, so the index names them). Each file is parsed and validated by
 * {@link PresetFile}; a broken file stops the start-up with its name and the place of the problem.
 */
public final class BundledPresets {

    public static final String DIRECTORY = "catalog/presets/";

    /** A parsed file and the SHA-256 of its bytes. */
    public record Bundled(String file, Preset preset, String checksum) {
    }

    private BundledPresets() {
    }

    public static List<Bundled> read() {
        ClassLoader loader = BundledPresets.class.getClassLoader();
        List<Bundled> presets = new ArrayList<>();
        for (String file : index(loader)) {
            byte[] content = bytes(loader, DIRECTORY + file);
            presets.add(new Bundled(file, PresetFile.parse(file, content), sha256(content)));
        }
        return presets;
    }

    private static List<String> index(ClassLoader loader) {
        List<String> files = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(DIRECTORY + "index.txt")) {
            if (in == null) {
                throw new PresetFormatException(DIRECTORY + "index.txt is missing from tenant-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] bytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PresetFormatException(resource + " is listed in index.txt but missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
