package jp.esurety.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one {@code ./esurety bench} run does.
 *
 * @param quick        small sizes for a smoke run (a minute or two)
 * @param attachOffset use the stack already running at this port offset instead of starting one
 * @param phases       the benchmarks to run
 * @param ownOffset    port offset of the stack the bench starts itself
 * @param repoDir      the repository (services' jars, docs/)
 * @param stackDir     data folder of the bench's own stack (deleted first: a disposable stack)
 * @param serverJit    the own stack's services run with both JIT compilers (as in production) instead of C1 only
 *                     (as {@code ./esurety start})
 */
public record BenchOptions(boolean quick, OptionalInt attachOffset, Set<Phase> phases, int ownOffset, Path repoDir,
                           Path stackDir, boolean serverJit) {

    /** The four benchmarks of issue 10. */
    public enum Phase { P1, P2, P3, P4 }

    static final int DEFAULT_OWN_OFFSET = 6000;

    static final String USAGE = """
            Usage: ./esurety bench [--quick] [--attach OFFSET] [--only P1,P2,P3,P4] [--offset N] [--stack-dir DIR]
                                   [--server-jit]

              --quick          small sizes (about two minutes): a smoke run, not a measurement
              --attach OFFSET  use the local stack already running at that port offset (P4 then reports what it can)
              --only LIST      run only these benchmarks (default: all four)
              --offset N       port offset of the stack the bench starts itself (default 6000)
              --stack-dir DIR  its data folder (default deploy/bench/target/bench-stack; emptied first)
              --server-jit     its services with both JIT compilers, as in production (default: C1 only, as
                               ./esurety start; on 2 cores C2's compiling competes with the runs for minutes)

            Writes docs/benchmarks.md and docs/benchmarks/<UTC timestamp>.json (and latest.json).
            """;

    /**
     * @param repoDir the repository root
     * @param args    the command line
     * @return the options, or empty when help was asked for
     * @throws IllegalArgumentException naming the bad argument
     */
    public static Optional<BenchOptions> parse(Path repoDir, String... args) {
        boolean quick = false;
        boolean serverJit = false;
        OptionalInt attach = OptionalInt.empty();
        Set<Phase> phases = EnumSet.allOf(Phase.class);
        int offset = DEFAULT_OWN_OFFSET;
        Path stackDir = repoDir.resolve("deploy/bench/target/bench-stack");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--server-jit" -> serverJit = true;
                case "--attach" -> attach = OptionalInt.of(integer(arg, value(args, ++i, arg)));
                case "--offset" -> offset = integer(arg, value(args, ++i, arg));
                case "--only" -> phases = phases(value(args, ++i, arg));
                case "--stack-dir" -> stackDir = Path.of(value(args, ++i, arg));
                case "-h", "--help" -> {
                    return Optional.empty();
                }
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return Optional.of(new BenchOptions(quick, attach, phases, offset, repoDir, stackDir, serverJit));
    }

    /** @return whether the bench measures a stack it started itself */
    public boolean ownStack() {
        return attachOffset.isEmpty();
    }

    /** @return the port offset of the stack under test */
    public int portOffset() {
        return attachOffset.orElse(ownOffset);
    }

    /** @return whether the benchmark runs */
    public boolean runs(Phase phase) {
        return phases.contains(phase);
    }

    /** @return the command line that reproduces this run */
    public String commandLine() {
        StringBuilder line = new StringBuilder("./esurety bench");
        if (quick) {
            line.append(" --quick");
        }
        attachOffset.ifPresent(o -> line.append(" --attach ").append(o));
        if (serverJit) {
            line.append(" --server-jit");
        }
        if (!phases.equals(EnumSet.allOf(Phase.class))) {
            line.append(" --only ").append(String.join(",", phases.stream().map(Phase::name).toList()));
        }
        return line.toString();
    }

    private static Set<Phase> phases(String list) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String name : list.split(",")) {
            try {
                phases.add(Phase.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown benchmark '" + name.trim() + "' (P1, P2, P3, P4)");
            }
        }
        return phases;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
