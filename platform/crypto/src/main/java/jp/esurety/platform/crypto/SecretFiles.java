package jp.esurety.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes secret text files readable by their owner only. */
final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {
    }

    /**
     * Writes {@code text} to {@code file} through a temporary sibling that is owner-only from its creation
     * (mode 0600 on POSIX file systems), then moves it into place, so the secret is never briefly readable by
     * others and a reader never sees half a file.
     */
    static void writeOwnerOnly(Path file, String text) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = createOwnerOnlyTemporary(target);
            try {
                Files.writeString(temporary, text, StandardCharsets.US_ASCII);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write secret file " + target, e);
        }
    }

    private static Path createOwnerOnlyTemporary(Path target) throws IOException {
        Path directory = target.getParent();
        String prefix = "." + target.getFileName();
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE);
            return Files.createTempFile(directory, prefix, ".tmp", ownerOnly);
        }
        // Without POSIX modes (Windows) the file inherits its directory's access control list.
        return Files.createTempFile(directory, prefix, ".tmp");
    }
}
