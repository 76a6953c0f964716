package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.domain.PremiumQuote;
import jp.esurety.issuance.domain.ProductType;
import jp.esurety.issuance.messaging.ConsumedEvents;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.platform.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 契約保証予約 → 契約保証: the bidder won, and a 契約保証 line names its bid bond ({@code bidBondContractNumber}). The
 * bid bond must be the same contractor's, a 契約保証予約, in force (or past its 保証期限) and not converted yet;
 * otherwise the line is rejected with the reason. On approval the bid bond is marked CONVERTED (履歴: which contract,
 * when). Premium rule (docs/premiums.md): the fee paid for the bid bond is not refunded nor credited; the 契約保証
 * premium is charged in full — the statement says so in a line of 0 yen.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConvertingBidBond {

    public static final String CONVERTED = "CONVERTED";
    private static final Set<String> CONVERTIBLE = Set.of("ACTIVE", "EXPIRED");

    /** Why the line cannot convert the bid bond it names; empty when it can (or names none). */
    public Optional<String> refusal(ConsumedEvents.ApplicationSubmitted application, ConsumedEvents.Line line) {
        String number = line.bidBondContractNumber();
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        if (!ProductType.CONTRACT.name().equals(line.productType())) {
            return Optional.of("契約保証予約からの移行は契約保証の申込でのみ指定できます（" + number + "）。");
        }
        return GuaranteeContractEntity.<GuaranteeContractEntity>findByIdOptional(number)
                .map(bond -> refusal(bond, application.contractor().contractorId()))
                .orElse(Optional.of("指定された契約保証予約（" + number + "）が見つかりません。"));
    }

    private static Optional<String> refusal(GuaranteeContractEntity bond, String contractorId) {
        String number = bond.contractNumber;
        if (!bond.contractorId.equals(contractorId)) {
            return Optional.of("指定された保証契約（" + number + "）はお客様の契約保証予約ではありません。");
        }
        if (!ProductType.BID_BOND.name().equals(bond.productType)) {
            return Optional.of("指定された保証契約（" + number + "）は契約保証予約ではありません。");
        }
        if (CONVERTED.equals(bond.status) || bond.convertedToContractNumber != null) {
            return Optional.of("指定された契約保証予約（" + number + "）は既に契約保証（"
                    + bond.convertedToContractNumber + "）へ移行済みです。");
        }
        if (!CONVERTIBLE.contains(bond.status)) {
            return Optional.of("指定された契約保証予約（" + number + "）は移行できる状態ではありません（"
                    + ContractQueries.statusLabel(bond.status) + "）。");
        }
        return Optional.empty();
    }

    /**
     * Locks the bid bond and checks it again (two lines may name the same one); 409 with the reason if it can no
     * longer be converted. Empty when the line names no bid bond.
     */
    public Optional<GuaranteeContractEntity> lockFor(ConsumedEvents.ApplicationSubmitted application,
                                                     ConsumedEvents.Line line) {
        String number = line.bidBondContractNumber();
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        GuaranteeContractEntity.findByIdOptional(number, LockModeType.PESSIMISTIC_WRITE);
        Optional<String> refused = refusal(application, line);
        if (refused.isPresent()) {
            throw ProblemException.conflict(refused.get());
        }
        return GuaranteeContractEntity.findByIdOptional(number);
    }

    /** Marks the bid bond converted into {@code contract}. */
    public void convert(GuaranteeContractEntity bond, GuaranteeContractEntity contract, Instant now) {
        contract.bidBondContractNumber = bond.contractNumber;
        bond.status = CONVERTED;
        bond.convertedToContractNumber = contract.contractNumber;
        bond.convertedAt = now;
    }

    /** The 契約保証 statement lines, with the bid bond's fee shown as not credited (0 yen). */
    public static List<PremiumQuote.Line> statementLines(PremiumQuote quote, GuaranteeContractEntity bond) {
        List<PremiumQuote.Line> lines = new ArrayList<>(quote.lines());
        lines.add(new PremiumQuote.Line("契約保証予約 " + bond.contractNumber + " 手数料の充当", 0));
        return List.copyOf(lines);
    }
}
