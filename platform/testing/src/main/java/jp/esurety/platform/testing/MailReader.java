package jp.esurety.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

/** Reads a mailbox over IMAP into {@link ReceivedMail} values (any password: test servers accept all). */
public final class MailReader {

    private MailReader() {
    }

    public static List<ReceivedMail> inbox(String host, int imapPort, String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(host, imapPort, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<ReceivedMail> mails = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        mails.add(read(message));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the inbox of " + address + " at imap://" + host + ":"
                    + imapPort, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a mail of " + address, e);
        }
    }

    static ReceivedMail read(Message message) throws MessagingException, IOException {
        Parts parts = new Parts();
        parts.collect(message);
        InternetAddress from = message.getFrom() == null ? null : (InternetAddress) message.getFrom()[0];
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return new ReceivedMail(
                message.getSubject() == null ? "" : message.getSubject(),
                from == null ? "" : from.getAddress(),
                from == null || from.getPersonal() == null ? "" : from.getPersonal(),
                to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList(),
                parts.text == null ? "" : parts.text,
                parts.html == null ? "" : parts.html,
                List.copyOf(parts.attachments));
    }

    /** Walks the MIME tree: the first plain and HTML bodies, and every attachment. */
    private static final class Parts {

        private String text;
        private String html;
        private final List<ReceivedMail.Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (isAttachment(part)) {
                attachments.add(new ReceivedMail.Attachment(fileName(part),
                        new ContentType(part.getContentType()).getBaseType().toLowerCase(),
                        part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }

        private static boolean isAttachment(Part part) throws MessagingException {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
                    || !part.isMimeType("text/*");
        }

        /** RFC 2231 names are decoded by Jakarta Mail; encoded-word names (common in Japanese mail) are not. */
        private static String fileName(Part part) throws MessagingException, UnsupportedEncodingException {
            String name = part.getFileName();
            return name == null ? "" : MimeUtility.decodeText(name);
        }
    }
}
