package jp.esurety.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessesTest {

    @Test
    void residentMemoryIsReadFromTheStatusFile() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  312456 kB\nRssAnon:\t 300000 kB\n";
        assertThat(Processes.parseRssKiB(status)).contains(312_456L);
    }

    @Test
    void onlyListeningSocketsOnThePortAreFound(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("tcp");
        Files.writeString(table, """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 00000000:2B5B 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 111 1 0
                   1: 0100007F:2B5B 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0        0 222 1 0
                   2: 00000000:2B5C 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 333 1 0
                """);
        assertThat(Processes.listeningInodes(table, 0x2B5B)).containsExactly("111");
    }

    @Test
    void quarkusStartTimeIsTheLastStartInTheLog(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("service.log");
        Files.writeString(log, """
                2026-12-01 01:20:00,000 INFO  [io.quarkus] (main) app 0.1 on JVM (powered by Quarkus 3.34.1) started in 30.100s. Listening on: http://0.0.0.0:8081
                2026-12-01 01:26:38,163 INFO  [io.quarkus] (main) app 0.1 on JVM (powered by Quarkus 3.34.1) started in 9.669s. Listening on: http://0.0.0.0:8081
                """);
        assertThat(Processes.quarkusStartSeconds(log)).contains(9.669);
        assertThat(Processes.quarkusStartSeconds(dir.resolve("missing.log"))).isEmpty();
    }
}
