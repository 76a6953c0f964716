package jp.esurety.notification.documents;

import jp.esurety.notification.domain.AdvanceClaimDocument;
import jp.esurety.notification.domain.BankAccount;
import jp.esurety.notification.domain.KeyNoticeDocument;
import jp.esurety.notification.domain.RegistryLookup;
import jp.esurety.notification.domain.StatementDocument;
import jp.esurety.notification.domain.WithdrawalDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PDF this service renders (key notice, 保証料計算書, 保証料返還計算書, 前払金請求書, 前払金払出依頼書) is
 * made for archiving as PDF/A-2B: the document information and the XMP metadata say the same (title, author = the
 * issuer, subject, creation date, producer), the XMP identifies PDF/A-2B, the font is embedded, an sRGB output intent
 * is present and the file has an ID. Everything is read back with PDFBox; the files are kept in {@code target/test-artifacts/archival-*.pdf}.
 */
class ArchivalPdfTest {

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XMP = "http://ns.adobe.com/xap/1.0/";
    static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
    static final String ISSUER = "東日本建設業保証株式会社";

    static Stream<Arguments> renderedPdfs() {
        JapaneseFont font = new JapaneseFont();
        byte[] keyNotice = new KeyNoticePdf(font).render(new KeyNoticeDocument(LocalDate.of(2026, 11, 23),
                "小美玉市道1-2345号線道路改良工事", "株式会社 小美玉建設", "前払金保証", "10101-000001", "Z28YUE4J3Bux",
                ISSUER, "茨城支店", RegistryLookup.url("https://dsure.esurety.example.jp/lookup", "10101-000001"),
                Instant.parse("2026-11-23T01:00:05.123Z")));
        StatementPdf statements = new StatementPdf(font);
        byte[] premium = statements.render(new StatementDocument("保証料計算書", LocalDate.of(2026, 11, 23),
                "株式会社 小美玉建設", "小美玉市道1-2345号線道路改良工事", "前払金保証", "10101-000001",
                List.of(new StatementDocument.Line("保証料", 54_000), new StatementDocument.Line("消費税", 0)), 54_000,
                "※ 領収証は書面にてお渡しします。", ISSUER, Instant.parse("2026-11-23T01:00:05Z")));
        byte[] refund = statements.render(new StatementDocument("保証料返還計算書", LocalDate.of(2027, 2, 1),
                "株式会社 小美玉建設", "小美玉市道1-2345号線道路改良工事", "前払金保証", "10101-000001",
                List.of(new StatementDocument.Line("返還保証料", 12_000)), 12_000, "解約理由：工事の中止", ISSUER,
                Instant.parse("2027-02-01T03:04:05Z")));
        BankAccount dedicated = new BankAccount("0131", "常陽銀行", "201", "小美玉支店", "ORDINARY", "1234567",
                "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ");
        byte[] claim = new AdvanceClaimPdf(font).render(new AdvanceClaimDocument(LocalDate.of(2026, 11, 24),
                "小美玉市長", "株式会社 小美玉建設", "小美玉市道1-2345号線道路改良工事", "前払金保証", "10101-000001",
                20_000_000, dedicated, ISSUER, Instant.parse("2026-11-24T01:00:00Z")));
        byte[] withdrawal = new WithdrawalPdf(font).render(new WithdrawalDocument(LocalDate.of(2026, 12, 1),
                "10101-000001", "株式会社 小美玉建設", "小美玉市道1-2345号線道路改良工事", dedicated, "株式会社 水戸資材",
                new BankAccount("0131", null, "001", null, "CURRENT", "7654321", "(ｶ)ﾐﾄｼｻﾞｲ"), 3_000_000, "材料費",
                ISSUER + " 茨城支店", List.of(new WithdrawalDocument.BalanceLine("材料費", 12_000_000, 3_000_000,
                9_000_000), new WithdrawalDocument.BalanceLine("労務費", 8_000_000, 0, 8_000_000)), 20_000_000,
                3_000_000, 17_000_000, ISSUER, Instant.parse("2026-12-01T02:00:00Z")));
        return Stream.of(
                Arguments.of("電子保証にかかる「認証キー」のお知らせ", keyNotice, "2026-11-23T10:00:05+09:00"),
                Arguments.of("保証料計算書", premium, "2026-11-23T10:00:05+09:00"),
                Arguments.of("保証料返還計算書", refund, "2027-02-01T12:04:05+09:00"),
                Arguments.of("前払金請求書", claim, "2026-11-24T10:00:00+09:00"),
                Arguments.of("前払金払出依頼書", withdrawal, "2026-12-01T11:00:00+09:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderedPdfs")
    void documentInformationAndXmpMetadataSayTheSame(String title, byte[] pdf, String created) throws Exception {
        // kept for an external PDF/A validator (e.g. veraPDF: the first three pass PDF/A-2B)
        Files.createDirectories(KeyNoticePdfTest.ARTIFACTS);
        Files.write(KeyNoticePdfTest.ARTIFACTS.resolve("archival-" + title + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(title);
            assertThat(info.getAuthor()).isEqualTo(ISSUER);
            assertThat(info.getSubject()).isEqualTo("保証契約番号 10101-000001");
            assertThat(info.getProducer()).isEqualTo("Apache PDFBox");
            assertThat(info.getCreator()).isEqualTo("e-Surety notification-service");
            assertThat(info.getCreationDate().toInstant()).as("whole seconds, in JST")
                    .isEqualTo(OffsetDateTime.parse(created).toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(OffsetDateTime.parse(created).toInstant());

            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata stream").isNotNull();
            assertThat(metadata.getCOSObject().containsKey(COSName.FILTER)).as("XMP left uncompressed").isFalse();
            Element xmp = xmp(metadata);
            assertThat(text(xmp, DC, "title")).isEqualTo(title);
            assertThat(text(xmp, DC, "creator")).isEqualTo(ISSUER);
            assertThat(text(xmp, DC, "description")).isEqualTo("保証契約番号 10101-000001");
            assertThat(text(xmp, DC, "format")).isEqualTo("application/pdf");
            assertThat(text(xmp, XMP, "CreateDate")).isEqualTo(created);
            assertThat(text(xmp, XMP, "ModifyDate")).isEqualTo(created);
            assertThat(text(xmp, XMP, "CreatorTool")).isEqualTo(info.getCreator());
            assertThat(text(xmp, PDF, "Producer")).isEqualTo(info.getProducer());
            assertThat(text(xmp, PDFAID, "part")).isEqualTo("2");
            assertThat(text(xmp, PDFAID, "conformance")).isEqualTo("B");
            assertThat(new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("<?xpacket begin=\"\uFEFF\"").endsWith("<?xpacket end=\"w\"?>");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderedPdfs")
    void fontsAreEmbeddedAndColoursHaveAnSrgbOutputIntent(String title, byte[] pdf, String created) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).singleElement().satisfies(intent -> {
                // an output intent of PDF/A (GTS_PDFA1 is also PDF/A-2's subtype) with an RGB ICC profile
                assertThat(intent.getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFA1"));
                assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
                ICC_Profile profile = ICC_Profile.getInstance(
                        intent.getDestOutputIntent().createInputStream().readAllBytes());
                assertThat(profile.getColorSpaceType()).isEqualTo(java.awt.color.ColorSpace.TYPE_RGB);
                assertThat(profile.getNumComponents()).isEqualTo(3);
                assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
            });

            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("TrueType program of " + font.getName()).isNotNull();
            }
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id).as("file identifier").isNotNull().hasSize(2);
            assertThat(document.isEncrypted()).isFalse();
        }
    }

    private static Element xmp(PDMetadata metadata) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(metadata.toByteArray()));
        return xml.getDocumentElement();
    }

    /** The text of the one element of this name (an rdf:Alt/Seq holds it in its one rdf:li). */
    private static String text(Element root, String namespace, String name) {
        var elements = root.getElementsByTagNameNS(namespace, name);
        assertThat(elements.getLength()).as(name).isEqualTo(1);
        return elements.item(0).getTextContent().strip();
    }
}
