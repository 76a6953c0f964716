package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.ContractNumber;

/**
 * The next 保証契約番号 of an office. The counter row is locked by the UPSERT until the transaction ends, so
 * concurrent issuers queue on it, and a rolled-back transaction gives its number back: gap-free and unique.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContractNumbering {

    private final EntityManager em;

    public ContractNumbering(EntityManager em) {
        this.em = em;
    }

    public ContractNumber next(String branchCode) {
        Number serial = (Number) em.createNativeQuery("""
                        INSERT INTO contract_number_sequence (branch_code, last_serial) VALUES (?1, 1)
                        ON CONFLICT (branch_code) DO UPDATE SET last_serial = contract_number_sequence.last_serial + 1
                        RETURNING last_serial""")
                .setParameter(1, branchCode)
                .getSingleResult();
        return ContractNumber.of(branchCode, serial.longValue());
    }
}
