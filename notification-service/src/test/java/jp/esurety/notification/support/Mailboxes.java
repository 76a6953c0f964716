package jp.esurety.notification.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The Message-ID header of every mail in a test inbox, read over IMAP from the shared test mail server. */
public final class Mailboxes {

    private Mailboxes() {
    }

    public static List<String> messageIds(String address) {
        String host = System.getProperty("esurety-testing.mail.host");
        int port = Integer.parseInt(System.getProperty("esurety-testing.mail.imap-port"));
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect(host, port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<String> ids = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    String[] header = message.getHeader("Message-ID");
                    ids.add(header == null ? null : header[0]);
                }
                inbox.close(false);
                return ids;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the inbox of " + address, e);
        }
    }
}
