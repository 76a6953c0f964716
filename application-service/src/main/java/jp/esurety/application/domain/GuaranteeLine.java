package jp.esurety.application.domain;

/** What the amount rules need of one product line; {@code currentYearAmount} and amounts may be null in a draft. */
public record GuaranteeLine(ProductType productType, Long guaranteeAmount, Long currentYearAmount,
                            boolean interimCertified) {
}
