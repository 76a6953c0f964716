package jp.esurety.systemtest;

import io.restassured.RestAssured;
import jp.esurety.local.Realm;

/** Access tokens from the stack's real Keycloak (public client esurety-cli, direct grant: local realm only). */
final class Keycloak {

    static final String PASSWORD = "demo";

    private Keycloak() {
    }

    static String token(Realm realm, String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "esurety-cli")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .when().post(SharedStack.endpoints().tokenUrl(realm))
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
