package jp.esurety.notification.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.domain.MailContent;
import jp.esurety.notification.domain.MessageType;

import java.util.Map;

/**
 * The Qute templates of every mail, in one place: {@code templates/mail/<type>.txt} holds the subject (fragment
 * {@code subject}) and the plain text, {@code <type>.html} the HTML part (escaped by Qute).
 */
@ApplicationScoped
public class MailTemplates {

    private final Engine engine;

    public MailTemplates(Engine engine) {
        this.engine = engine;
    }

    public MailContent render(MessageType type, Map<String, String> data) {
        Template text = template(type, "txt");
        Template html = template(type, "html");
        String subject = fill(text.getFragment("subject").instance(), data).render().strip();
        return new MailContent(subject, fill(text.instance(), data).render().stripLeading(),
                fill(html.instance(), data).render());
    }

    private Template template(MessageType type, String suffix) {
        Template template = engine.getTemplate("mail/" + type.template() + "." + suffix);
        if (template == null) {
            throw new IllegalStateException("no template mail/" + type.template() + "." + suffix);
        }
        return template;
    }

    private static TemplateInstance fill(TemplateInstance instance, Map<String, String> data) {
        data.forEach(instance::data);
        return instance;
    }
}
