package jp.esurety.notification.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.esurety.notification.domain.MailContent;
import jp.esurety.notification.domain.MessageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message type renders from its fixture ({@code fixtures/mail/<template>.json}: data, expected subject, text
 * and HTML snippets) with the configured sender texts and branch contact, and nothing left unresolved.
 */
@QuarkusTest
class MailTemplatesTest {

    @Inject
    MailTemplates templates;
    @Inject
    ObjectMapper mapper;

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyMessageTypeRendersSubjectTextAndHtmlFromItsFixture(MessageType type) throws Exception {
        rendersAsItsFixtureSays(type, type.template());
    }

    /** The completion and amendment mails of a surety company that attaches the key notice say so. */
    @ParameterizedTest
    @EnumSource(value = MessageType.class, names = {"COMPLETION_MAIL", "AMENDMENT_REGISTERED"})
    void keyNoticeMailsSayThePdfIsAttachedWhenItIs(MessageType type) throws Exception {
        rendersAsItsFixtureSays(type, type.template() + "-attached");
    }

    private void rendersAsItsFixtureSays(MessageType type, String fixtureName) throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/mail/" + fixtureName + ".json")) {
            assertThat(in).as("fixture " + fixtureName).isNotNull();
            fixture = mapper.readTree(in);
        }
        Map<String, String> data = new LinkedHashMap<>(Map.of("companyName", "東日本建設業保証株式会社",
                "netDeskUrl", "https://netdesk.example.jp/", "branchName", "茨城支店", "branchTel", "029-221-3800",
                "branchEmail", "ib.mail01@esurety.example.jp"));
        fixture.get("data").properties().forEach(e -> data.put(e.getKey(), e.getValue().asText()));

        MailContent mail = templates.render(type, data);

        assertThat(mail.subject()).isEqualTo(fixture.get("subject").asText());
        fixture.get("text").forEach(snippet -> assertThat(mail.text()).contains(snippet.asText()));
        fixture.get("html").forEach(snippet -> assertThat(mail.html()).contains(snippet.asText()));
        fixture.path("absent").forEach(snippet -> assertThat(mail.text() + mail.html()).doesNotContain(snippet.asText()));
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("lang=\"ja\"");
        assertThat(mail.text() + mail.html()).doesNotContain("{", "}", "NOT_FOUND");
        assertThat(mail.text()).doesNotStartWith("\n");
    }
}
