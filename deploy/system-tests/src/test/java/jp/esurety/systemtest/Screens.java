package jp.esurety.systemtest;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen a browser test visits goes through {@link #check}: axe-core (Deque's build, injected into the page)
 * looks for WCAG 2.x A/AA violations (JIS X 8341-3), and the screen is photographed for the user guide. Serious and
 * critical violations are collected, so one test reports all screens at once ({@link #assertAccessible}).
 *
 * <p>Screenshots go to {@code target/screenshots/<guide>/<name>} and, so the guide's pictures never drift from the
 * product, are copied to {@code docs/guide/<guide>/images/<name>} ({@code esurety.guide.dir}).
 */
final class Screens {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final Path SCREENSHOTS = Path.of(System.getProperty("esurety.browser.screenshots", "target/screenshots"));
    private static final String GUIDE = System.getProperty("esurety.guide.dir", "");

    private final List<String> violations = new ArrayList<>();

    /** Runs axe on the page as it is now and keeps its blocking violations under the screen's name. */
    void audit(Page page, String screen) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getErrorMessage()).as("axe-core ran on " + screen).isNull();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                StringBuilder text = new StringBuilder()
                        .append(screen).append(" (").append(page.url()).append("): [").append(rule.getImpact()).append("] ")
                        .append(rule.getId()).append(" — ").append(rule.getHelp()).append(" ").append(rule.getHelpUrl());
                for (CheckedNode node : rule.getNodes()) {
                    text.append("\n    ").append(node.getTarget()).append(": ").append(node.getHtml())
                            .append("\n      ").append(String.valueOf(node.getFailureSummary()).replace("\n", "\n      "));
                }
                violations.add(text.toString());
            }
        }
    }

    /** {@link #audit} and a full-page screenshot kept for the guide ({@code guide}: contractor, staff, orderer). */
    void check(Page page, String guide, String name) {
        audit(page, guide + "/" + name);
        photograph(page, guide, name);
    }

    /** A full-page screenshot for the guide, without the audit (a page that is not ours, e.g. Keycloak's). */
    static void photograph(Page page, String guide, String name) {
        Path shot = SCREENSHOTS.resolve(guide).resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shot));
        if (!GUIDE.isBlank()) {
            try {
                Path images = Path.of(GUIDE).resolve(guide).resolve("images");
                Files.createDirectories(images);
                Files.copy(shot, images.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + shot + " into the guide", e);
            }
        }
    }

    /** Fails with every serious or critical violation found so far (and forgets them). */
    void assertAccessible() {
        List<String> found = List.copyOf(violations);
        violations.clear();
        assertThat(found).as("serious or critical axe-core violations (WCAG 2.x A/AA)\n" + String.join("\n", found))
                .isEmpty();
    }

    /** The text of a downloaded PDF, as a reader's copy-paste would give it. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A control by its exact accessible name. */
    static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** A control inside a region by its exact accessible name. */
    static Locator.GetByRoleOptions exactIn(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
