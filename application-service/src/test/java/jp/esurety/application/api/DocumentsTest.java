package jp.esurety.application.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jp.esurety.application.BrowserForm;
import jp.esurety.application.Forms;
import jp.esurety.application.SampleFiles;
import jp.esurety.application.ServiceTestBase;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static jp.esurety.application.Forms.C1;
import static jp.esurety.application.Forms.C2;
import static jp.esurety.application.Forms.OMITAMA;
import static jp.esurety.application.Forms.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** 書類送信: documents sent with an application, read by the contractor and the staff of its branch. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DocumentsTest extends ServiceTestBase {

    private static final String PDF = "application/pdf";
    private static final String RULE = "urn:esurety:problem:rule:";

    private record Submitted(String id, String lineId) {
    }

    private static String draft(String contractorId) {
        return as(contractorId).body(Forms.form(Map.of("name", "書類を添付する工事"), List.of(), null))
                .post("/api/applications/drafts").then().statusCode(201).extract().path("id");
    }

    private static Submitted submitted() {
        var response = as(C1).body(Forms.application(OMITAMA, "ELECTRONIC", "〇〇銀行 小美玉支店"))
                .post("/api/applications").then().statusCode(201).extract();
        return new Submitted(response.path("id"), response.path("lines[0].id"));
    }

    private static RequestSpecification contractor(String contractorId) {
        return given().auth().oauth2(TestTokens.contractor(contractorId));
    }

    private static RequestSpecification underwriter(String branchCode) {
        return given().auth().oauth2(TestTokens.underwriter(branchCode));
    }

    private static ValidatableResponse upload(String contractorId, String applicationId, String fileName,
                                              byte[] content, String contentType) {
        return send(contractor(contractorId), applicationId, new BrowserForm().file("file", fileName, contentType, content));
    }

    private static ValidatableResponse send(RequestSpecification caller, String applicationId, BrowserForm form) {
        return caller.contentType(form.contentType()).body(form.body()).post(documents(applicationId)).then();
    }

    private static String documents(String applicationId) {
        return "/api/applications/" + applicationId + "/documents";
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void pdfJpegAndPngAreAcceptedAndListedNewestFirst() throws NoSuchAlgorithmException {
        String id = draft(C1);
        byte[] pdf = SampleFiles.pdf();
        var created = send(contractor(C1), id,
                new BrowserForm().file("file", "見積書.pdf", PDF, pdf).text("description", "工事の見積書です"))
                .statusCode(201)
                .body("applicationId", equalTo(id))
                .body("fileName", equalTo("見積書.pdf"))
                .body("contentType", equalTo(PDF))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf)))
                .body("description", equalTo("工事の見積書です"))
                .body("uploadedBy", equalTo("contractor-" + C1))
                .body("uploadedAt", notNullValue())
                .extract();
        String documentId = created.path("documentId");
        assertThat(created.header("Location")).endsWith(documents(id) + "/" + documentId);
        upload(C1, id, "現場写真.jpg", SampleFiles.jpeg(), "image/jpeg").statusCode(201).body("contentType", equalTo("image/jpeg"));
        upload(C1, id, "図面.png", SampleFiles.png(), "image/png").statusCode(201).body("contentType", equalTo("image/png"));

        contractor(C1).get(documents(id)).then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.fileName", equalTo(List.of("図面.png", "現場写真.jpg", "見積書.pdf")))
                .body("items[2].documentId", equalTo(documentId));
    }

    @Test
    void theDownloadIsTheUploadedBytesWithSafeHeaders() {
        String id = draft(C1);
        byte[] pdf = SampleFiles.pdf();
        String location = upload(C1, id, "見積書 (第2版).pdf", pdf, PDF).statusCode(201).extract().header("Location");

        var download = contractor(C1).get(location).then().statusCode(200)
                .contentType(PDF)
                .header("Content-Disposition", equalTo("attachment; filename=\"___ (_2_).pdf\"; "
                        + "filename*=UTF-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8%20%28%E7%AC%AC2%E7%89%88%29.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .extract();
        assertThat(download.asByteArray()).isEqualTo(pdf);
    }

    @Test
    void aPngSentAsPdfIsRefusedBecauseItsContentDoesNotMatch() {
        upload(C1, draft(C1), "見積書.pdf", SampleFiles.png(), PDF)
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(RULE + "document-content"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("ファイルの内容がPDFではありません(PNG画像の内容です)。ファイルの種類をご確認ください。"));
    }

    @Test
    void aPdfThatDoesNotParseIsRefused() {
        byte[] broken = "%PDF-1.7\nこれはPDFではありません\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        upload(C1, draft(C1), "壊れた.pdf", broken, PDF)
                .statusCode(422).body("type", equalTo(RULE + "document-content"))
                .body("errors[0].message", equalTo("PDFファイルを読み取れません。ファイルが壊れていないかご確認ください。"));
    }

    @Test
    void anImageWhoseHeaderDoesNotDecodeIsRefused() {
        byte[] png = SampleFiles.png();
        byte[] truncated = Arrays.copyOf(png, 12);
        upload(C1, draft(C1), "図面.png", truncated, "image/png")
                .statusCode(422).body("errors[0].message", equalTo("PNG画像を読み取れません。ファイルが壊れていないかご確認ください。"));
    }

    @Test
    void otherKindsOfFileAreRefusedWith415() {
        upload(C1, draft(C1), "見積書.xlsx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(RULE + "document-type"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("送信できるファイルはPDF・JPEG・PNGのみです。"));
    }

    @Test
    void anEmptyFileIsRefused() {
        upload(C1, draft(C1), "見積書.pdf", new byte[0], PDF)
                .statusCode(422).body("type", equalTo(RULE + "document-empty"))
                .body("errors[0].message", equalTo("ファイルが空です(0バイト)。送信するファイルをご確認ください。"));
    }

    /** Sent with the JDK's client: REST Assured takes seconds to send ten mebibytes. */
    @Test
    void aFileOverTenMebibytesIsRefusedWith413() throws IOException, InterruptedException {
        String id = draft(C1);
        BrowserForm form = new BrowserForm().file("file", "大きな図面.pdf", PDF,
                Arrays.copyOf(SampleFiles.pdf(), 10 * 1024 * 1024 + 1));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + documents(id)))
                .header("Authorization", "Bearer " + TestTokens.contractor(C1))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonPath problem = JsonPath.from(refused.body());
        assertThat(problem.getString("type")).isEqualTo(RULE + "document-size");
        assertThat(problem.getString("errors[0].field")).isEqualTo("file");
        assertThat(problem.getString("errors[0].message")).isEqualTo("ファイルが大きすぎます。1ファイル10MBまで送信できます。");
        contractor(C1).get(documents(id)).then().body("items", hasSize(0));
    }

    /** Quarkus answers from the request head: a body above its limit is never read into memory or onto disk. */
    @Test
    void aBodyAboveTheServicesLimitIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + documents(draft(C1)) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.contractor(C1) + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: " + 100 * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = new byte[12];
            assertThat(socket.getInputStream().readNBytes(answer, 0, 12)).isEqualTo(12);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void uploadsLeaveNoTemporaryFileBehind() {
        String id = draft(C1);
        upload(C1, id, "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(201);
        upload(C1, id, "見積書.pdf", SampleFiles.png(), PDF).statusCode(422);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(temporaryUploads()).isEmpty());
    }

    private static List<Path> temporaryUploads() throws IOException {
        Path uploads = Path.of("target", "uploads");
        if (!Files.exists(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void documentsPerApplicationAreAtMostTwenty() {
        String id = draft(C1);
        byte[] png = SampleFiles.png();
        for (int i = 1; i <= 20; i++) {
            upload(C1, id, "写真" + i + ".png", png, "image/png").statusCode(201);
        }
        upload(C1, id, "写真21.png", png, "image/png")
                .statusCode(422).body("type", equalTo(RULE + "documents-per-application"))
                .body("errors[0].message", equalTo("1件の申込に送信できる書類は20件までです。不要な書類を削除してから送信してください。"));
    }

    @Test
    void aRequestWithoutAFileOrWithATooLongDescriptionIsAFieldError() {
        String id = draft(C1);
        send(contractor(C1), id, new BrowserForm().text("description", "説明だけ"))
                .statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("送信するファイルを選択してください。"));
        send(contractor(C1), id,
                new BrowserForm().file("file", "a.pdf", PDF, SampleFiles.pdf()).text("description", "長".repeat(201)))
                .statusCode(400).body("errors[0].field", equalTo("description"))
                .body("errors[0].message", equalTo("説明は200文字以内で入力してください。"));
    }

    @Test
    void rule7AnotherContractorFindsNeitherTheApplicationNorItsDocuments() {
        String id = draft(C1);
        String location = upload(C1, id, "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(201).extract().header("Location");

        upload(C2, id, "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(404);
        contractor(C2).get(documents(id)).then().statusCode(404).contentType("application/problem+json");
        contractor(C2).get(location).then().statusCode(404);
        contractor(C2).delete(location).then().statusCode(404);
        contractor(C1).get(documents(id)).then().body("items", hasSize(1));
    }

    @Test
    void rule7StaffOfTheBranchReadTheDocumentsAndStaffOfAnotherBranchFindNothing() {
        Submitted s = submitted();
        byte[] pdf = SampleFiles.pdf();
        String location = upload(C1, s.id(), "見積書.pdf", pdf, PDF).statusCode(201).extract().header("Location");

        underwriter("10101").get(documents(s.id())).then().statusCode(200).body("items[0].fileName", equalTo("見積書.pdf"));
        assertThat(underwriter("10101").get(location).then().statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        underwriter("20202").get(documents(s.id())).then().statusCode(404);
        underwriter("20202").get(location).then().statusCode(404);

        underwriter("10101").delete(location).then().statusCode(403);
        send(underwriter("10101"), s.id(), new BrowserForm().file("file", "a.pdf", PDF, pdf)).statusCode(403);
    }

    @Test
    void rule7StaffDoNotSeeTheDocumentsOfADraft() {
        String id = draft(C1);
        upload(C1, id, "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(201);
        underwriter("10101").get(documents(id)).then().statusCode(404);
    }

    @Test
    void aDocumentIsDeletedUntilTheSuretyHasDecided() {
        Submitted s = submitted();
        String first = upload(C1, s.id(), "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(201).extract().header("Location");
        contractor(C1).delete(first).then().statusCode(204);
        contractor(C1).get(first).then().statusCode(404);
        contractor(C1).get(documents(s.id())).then().body("items", hasSize(0));

        String second = upload(C1, s.id(), "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(201).extract().header("Location");
        events.publishExampleWith("issuance-events", "ApplicationApproved", s.id(),
                Map.of("applicationId", s.id(), "lineId", s.lineId(), "contractNumber", Forms.newContractNumber()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(C1).get("/api/applications/" + s.id())
                .then().body("lines[0].status", equalTo("APPROVED")));

        contractor(C1).delete(second).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("保証会社の審査結果が出た申込の書類は削除できません。"));
        contractor(C1).get(documents(s.id())).then().body("items", hasSize(1));
        upload(C1, s.id(), "追加資料.png", SampleFiles.png(), "image/png").statusCode(201);
    }

    @Test
    void aDeletedDraftTakesItsDocumentsWithIt() {
        String id = draft(C1);
        String location = upload(C1, id, "見積書.pdf", SampleFiles.pdf(), PDF).statusCode(201).extract().header("Location");
        as(C1).delete("/api/applications/" + id).then().statusCode(204);
        contractor(C1).get(location).then().statusCode(404);
    }
}
