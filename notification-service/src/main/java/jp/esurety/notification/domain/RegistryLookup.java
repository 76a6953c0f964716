package jp.esurety.notification.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The registry's lookup page with the contract number filled in — what the key notice's QR code opens. */
public final class RegistryLookup {

    private RegistryLookup() {
    }

    public static String url(String lookupPage, String contractNumber) {
        String separator = lookupPage.contains("?") ? "&" : "?";
        return lookupPage + separator + "contractNumber=" + URLEncoder.encode(contractNumber, StandardCharsets.UTF_8);
    }
}
