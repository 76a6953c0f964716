package jp.esurety.systemtest.api;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jqwik generators built from an OpenAPI schema: {@link #valid} follows the schema (types, enums, formats, lengths,
 * ranges, patterns of the shapes the services use, required and optional properties); {@link #mutated} leaves it
 * (wrong types, nulls, huge, unicode and control-character strings, negative and extreme numbers, missing required
 * and extra properties), at every depth.
 */
final class SchemaArbitraries {

    private static final Pattern DIGITS = Pattern.compile("\\^?\\[0-9]\\{(\\d+)}\\$?");
    private static final Pattern PREFIXED_DIGITS = Pattern.compile("\\^?([A-Z]+-)\\[0-9]\\{(\\d+)}\\$?");
    private static final Pattern ALTERNATIVES = Pattern.compile("[A-Z_]+(\\|[A-Z_]+)+");
    private static final int MAX_DEPTH = 6;

    private final OpenApi.Operation operation;

    SchemaArbitraries(OpenApi.Operation operation) {
        this.operation = operation;
    }

    /** Values of the schema. */
    Arbitrary<Object> valid(JsonNode schema) {
        return valid(schema, 0);
    }

    private Arbitrary<Object> valid(JsonNode raw, int depth) {
        JsonNode s = operation.resolve(raw);
        if (s == null || s.isMissingNode() || depth > MAX_DEPTH) {
            return Arbitraries.just(null);
        }
        if (s.has("enum")) {
            List<Object> values = new ArrayList<>();
            s.get("enum").forEach(v -> values.add(v.isTextual() ? v.asText() : v.numberValue()));
            return Arbitraries.of(values);
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "");
        return switch (type) {
            case "string" -> string(s).map(v -> v);
            case "integer" -> integer(s).map(v -> v);
            case "number" -> number(s).map(v -> v);
            case "boolean" -> Arbitraries.of(true, false).map(v -> v);
            case "array" -> {
                int min = s.path("minItems").asInt(0);
                yield valid(s.path("items"), depth + 1).list().ofMinSize(min).ofMaxSize(Math.max(min, 3))
                        .map(v -> v);
            }
            case "object" -> object(s, depth, false);
            default -> Arbitraries.oneOf(hostileString().map(v -> v), Arbitraries.integers().map(v -> v));
        };
    }

    /** Values that leave the schema somewhere (or, now and then, stay inside it). */
    Arbitrary<Object> mutated(JsonNode schema) {
        return mutated(schema, 0);
    }

    private Arbitrary<Object> mutated(JsonNode raw, int depth) {
        JsonNode s = operation.resolve(raw);
        Arbitrary<Object> inside;
        if (s != null && "object".equals(s.path("type").asText(s.has("properties") ? "object" : ""))
                && depth <= MAX_DEPTH) {
            inside = object(s, depth, true);
        } else if (s != null && "array".equals(s.path("type").asText()) && depth <= MAX_DEPTH) {
            inside = mutated(s.path("items"), depth + 1).list().ofMaxSize(4).map(v -> v);
        } else {
            inside = valid(raw, depth);
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, inside),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(2, hostileString().map(v -> v)),
                net.jqwik.api.Tuple.of(2, extremeNumber()),
                net.jqwik.api.Tuple.of(1, wrongContainer()));
    }

    private Arbitrary<Object> object(JsonNode s, int depth, boolean mutate) {
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        List<Arbitrary<Map.Entry<String, Object>>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getValue().path("readOnly").asBoolean(false)) {
                continue;
            }
            Arbitrary<Object> value = mutate ? mutated(p.getValue(), depth + 1) : valid(p.getValue(), depth + 1);
            Arbitrary<Map.Entry<String, Object>> entry = value.map(v -> entryOf(p.getKey(), v));
            // optional properties come and go; required ones go only when mutating
            boolean mayBeMissing = !required.contains(p.getKey()) || mutate;
            fields.add(mayBeMissing ? entry.injectNull(required.contains(p.getKey()) ? 0.1 : 0.4) : entry);
        }
        Arbitrary<List<Map.Entry<String, Object>>> all = fields.isEmpty()
                ? Arbitraries.just(List.of())
                : Combinators.combine(fields).as(list -> list);
        Arbitrary<Map<String, Object>> extra = mutate
                ? Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        hostileString().map(v -> (Object) v)).ofMaxSize(2)
                : Arbitraries.just(Map.of());
        return Combinators.combine(all, extra).as((list, more) -> {
            Map<String, Object> map = new LinkedHashMap<>();
            list.stream().filter(e -> e != null).forEach(e -> map.put(e.getKey(), e.getValue()));
            more.forEach(map::putIfAbsent);
            return (Object) map;
        });
    }

    private static Map.Entry<String, Object> entryOf(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }

    /** A string of the schema: format, pattern (the shapes the services declare), length. */
    Arbitrary<String> string(JsonNode s) {
        String format = s.path("format").asText("");
        switch (format) {
            case "date":
                return Arbitraries.longs().between(LocalDate.of(2020, 1, 1).toEpochDay(),
                        LocalDate.of(2030, 12, 31).toEpochDay()).map(d -> LocalDate.ofEpochDay(d).toString());
            case "date-time":
                return Arbitraries.longs().between(1_577_836_800L, 1_924_905_600L)
                        .map(sec -> Instant.ofEpochSecond(sec).toString());
            case "uuid":
                return Arbitraries.create(UUID::randomUUID).map(UUID::toString);
            default:
                break;
        }
        int min = s.path("minLength").asInt(0);
        int max = s.has("maxLength") ? s.get("maxLength").asInt() : Math.max(min, 40);
        String pattern = s.path("pattern").asText("");
        Matcher digits = DIGITS.matcher(pattern);
        if (digits.matches()) {
            return Arbitraries.strings().numeric().ofLength(Integer.parseInt(digits.group(1)));
        }
        Matcher prefixed = PREFIXED_DIGITS.matcher(pattern);
        if (prefixed.matches()) {
            return Arbitraries.strings().numeric().ofLength(Integer.parseInt(prefixed.group(2)))
                    .map(d -> prefixed.group(1) + d);
        }
        if (ALTERNATIVES.matcher(pattern).matches()) {
            return Arbitraries.of(pattern.split("\\|"));
        }
        if (pattern.startsWith("^[0-9０-９")) {
            return Arbitraries.strings().withChars("0123456789-０１２３").ofMinLength(min).ofMaxLength(Math.min(max, 15));
        }
        if (pattern.startsWith("^[^\\x00-\\x1F\\x21-\\x7E")) {
            return Arbitraries.strings().withCharRange('ア', 'ン').ofMinLength(Math.max(min, 1))
                    .ofMaxLength(Math.min(max, 20));
        }
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('ぁ', 'ゖ').withCharRange('一', '丁').withChars(' ', '-', '（', '）', '第', '号')
                .ofMinLength(Math.max(min, pattern.equals("\\S") ? 1 : 0)).ofMaxLength(Math.min(max, 60));
        return pattern.equals("\\S") ? text.filter(t -> !t.isBlank()) : text;
    }

    private static Arbitrary<Long> integer(JsonNode s) {
        boolean int32 = "int32".equals(s.path("format").asText());
        long min = s.has("minimum") ? s.get("minimum").asLong() : (int32 ? 0 : 0);
        if (s.has("exclusiveMinimum") && s.get("exclusiveMinimum").isNumber()) {
            min = s.get("exclusiveMinimum").asLong() + 1;
        }
        long max = s.has("maximum") ? s.get("maximum").asLong() : (int32 ? 1_000 : 100_000_000L);
        return Arbitraries.longs().between(min, Math.max(min, max));
    }

    private static Arbitrary<BigDecimal> number(JsonNode s) {
        double min = s.has("minimum") ? s.get("minimum").asDouble() : 0;
        double max = s.has("maximum") ? s.get("maximum").asDouble() : 1_000;
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(Math.max(min, max)))
                .ofScale(2);
    }

    /** Strings services must survive: huge, unicode beyond the BMP, controls, markup, SQL, traversal, format junk. */
    static Arbitrary<String> hostileString() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "　", "null", "undefined", "NaN", "-1", "0", "1e309", "9".repeat(40),
                        "' OR '1'='1", "\"; DROP TABLE contract; --", "../../../../etc/passwd", "%00", "%2e%2e%2f",
                        "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "\u0000", "\uFEFF",
                        "\u202Eabc", "𠮷野家🏗️", "ｶﾀｶﾅ", "2026-02-30", "2026-13-01", "9999-12-31T99:99:99Z",
                        "ORD-", "10101-", "00000-000000", "\\", "\"", "{", "[]", "{}", "true"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(50),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(5),
                Arbitraries.integers().between(1_000, 70_000).map("あ"::repeat),
                Arbitraries.integers().between(1_000, 20_000).map("A"::repeat));
    }

    static Arbitrary<Object> extremeNumber() {
        return Arbitraries.of(-1, 0, -2_147_483_648, 2_147_483_647, 2_147_483_648L, Long.MIN_VALUE, Long.MAX_VALUE,
                new BigDecimal("1e400"), new BigDecimal("-0.000000001"), 1.5, -99999999999.99,
                new java.math.BigInteger("123456789012345678901234567890"));
    }

    private static Arbitrary<Object> wrongContainer() {
        return Arbitraries.of(List.of(), List.of(1, "a", true), Map.of(), Map.of("x", List.of(Map.of())), true, false)
                .map(v -> (Object) v);
    }

    /** A path or query parameter's text: from its schema, or hostile. */
    Arbitrary<String> parameter(OpenApi.Param param, boolean mutate) {
        Arbitrary<String> fromSchema = valid(param.schema()).map(v -> v == null ? "" : String.valueOf(v));
        if (!mutate) {
            return fromSchema;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, fromSchema),
                net.jqwik.api.Tuple.of(3, hostileString().map(h -> h.length() > 3_000 ? h.substring(0, 3_000) : h)),
                net.jqwik.api.Tuple.of(2, extremeNumber().map(String::valueOf)));
    }
}
