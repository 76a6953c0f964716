package jp.esurety.notification.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Raw headers of the mails in a test inbox (Message-ID, attachments' disposition), read over IMAP. */
public final class Mailboxes {

    private Mailboxes() {
    }

    /**
     * The {@code Content-Disposition} header of every attachment in a test inbox as the server holds it (unfolded,
     * not decoded), to see how a file name was encoded.
     */
    public static List<String> attachmentDispositions(String address) {
        return read(address, message -> {
            List<String> headers = new ArrayList<>();
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        headers.add(MimeUtility.unfold(part.getHeader("Content-Disposition")[0]));
                    }
                }
            }
            return headers;
        });
    }

    public static List<String> messageIds(String address) {
        return read(address, message -> {
            String[] header = message.getHeader("Message-ID");
            return List.of(header == null ? "" : header[0]);
        });
    }

    private interface MessageReader {
        List<String> read(Message message) throws MessagingException, IOException;
    }

    private static List<String> read(String address, MessageReader reader) {
        String host = System.getProperty("esurety-testing.mail.host");
        int port = Integer.parseInt(System.getProperty("esurety-testing.mail.imap-port"));
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect(host, port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<String> values = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    values.addAll(reader.read(message));
                }
                inbox.close(false);
                return values;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the inbox of " + address, e);
        }
    }
}
