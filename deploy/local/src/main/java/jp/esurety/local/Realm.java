package jp.esurety.local;

/** The Keycloak realms of the local stack, imported from {@code deploy/local/keycloak/<name>-realm.json}. */
public enum Realm {

    /** Net Desk: contractors and the surety company's staff. */
    NETDESK("netdesk"),
    /** D-Sure: orderers (発注者) and the registry's administrators. */
    DSURE("dsure");

    private final String realmName;

    Realm(String realmName) {
        this.realmName = realmName;
    }

    /** @return the realm's name in Keycloak and in its URL */
    public String realmName() {
        return realmName;
    }

    /** @return the name of its import file */
    String fileName() {
        return realmName + "-realm.json";
    }

    /** @return where the build puts the import file on the class path */
    String resource() {
        return "/jp/esurety/local/keycloak/" + fileName();
    }
}
