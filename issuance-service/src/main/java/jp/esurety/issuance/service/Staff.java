package jp.esurety.issuance.service;

/** A member of the surety company's staff acting through the API: user name, the role used, and the branch. */
public record Staff(String username, String role, String branchCode) {
}
