package jp.esurety.gateway;

/** The services behind the gateway; the name is their key in {@code esurety.gateway.upstream.<name>.*}. */
public enum Upstream {
    APPLICATION, ISSUANCE, NOTIFICATION;

    public String key() {
        return name().toLowerCase();
    }
}
