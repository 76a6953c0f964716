package jp.esurety.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymmetricKeysTest {

    @Test
    void generatesDistinct32ByteSecrets() {
        assertThat(SymmetricKeys.generate()).hasSize(32).isNotEqualTo(SymmetricKeys.generate());
    }

    @Test
    void writesOneBase64LineOwnerOnlyAndReadsItBack(@TempDir Path directory) throws Exception {
        byte[] kek = SymmetricKeys.generate();
        Path file = directory.resolve("issuance-kek.b64");

        SymmetricKeys.write(file, kek);

        assertThat(Files.readString(file)).isEqualTo(Base64.getEncoder().encodeToString(kek) + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SymmetricKeys.read(file)).isEqualTo(kek);
    }

    @Test
    void parsesConfigurationValuesAndRejectsOtherLengths() {
        byte[] pepper = SymmetricKeys.generate();

        assertThat(SymmetricKeys.parse("  " + SymmetricKeys.format(pepper) + "\n")).isEqualTo(pepper);
        assertThatThrownBy(() -> SymmetricKeys.parse(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SymmetricKeys.parse("not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> SymmetricKeys.format(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
