package nl.rendement.app.evaluation.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One programme's evaluation as an evaluation file (docs/evaluation-file.md): the YAML and the
 * tables it names, built from stored data. The product evaluates it through the same reader as
 * {@code evaluate FILE}, so the two paths are one; exported, it is that file. Its fingerprint is
 * the SHA-256 of every file's name and bytes: every input row and setting a result rests on.
 */
public record EvaluationBundle(SortedMap<String, byte[]> files) {

    /** The evaluation file's name in the bundle; the tables lie beside it. */
    public static final String EVALUATION = "evaluation.yaml";

    public EvaluationBundle {
        files = new TreeMap<>(files);
        if (!files.containsKey(EVALUATION)) {
            throw new IllegalArgumentException("A bundle holds " + EVALUATION);
        }
    }

    static EvaluationBundle of(String yaml, Map<String, String> tables) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(EVALUATION, yaml.getBytes(StandardCharsets.UTF_8));
        tables.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new EvaluationBundle(files);
    }

    /** The SHA-256 of every file's name and content, in name order, as 64 hexadecimal digits. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java", missing);
        }
    }

    /** Writes the files into {@code folder} and returns the evaluation file's path. */
    public Path writeTo(Path folder) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return folder.resolve(EVALUATION);
    }

    /** The files as one ZIP archive, in name order, as {@code evaluate} reads them once unpacked. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    public String text(String name) {
        return new String(Objects.requireNonNull(files.get(name), name), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationBundle bundle && bundle.fingerprint().equals(fingerprint());
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
