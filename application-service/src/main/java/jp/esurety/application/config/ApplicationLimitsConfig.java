package jp.esurety.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jp.esurety.application.domain.GuaranteeLimits;

import java.util.Map;
import java.util.Optional;

/**
 * Rule 4's percentages ({@code esurety.application.limits.*}); an orderer whose rules differ overrides any of them
 * under {@code esurety.application.limits.orderers."ORD-000000".*}.
 */
@ConfigMapping(prefix = "esurety.application.limits")
public interface ApplicationLimitsConfig {

    @WithDefault("40")
    int advanceCivilBuilding();

    @WithDefault("30")
    int advanceDesignSurvey();

    /** その他: the civil/building limit unless configured. */
    @WithDefault("40")
    int advanceOther();

    @WithDefault("20")
    int interim();

    @WithDefault("60")
    int advancePlusInterim();

    @WithDefault("10")
    int contractMinimum();

    @WithDefault("30")
    int contractMinimumLowBid();

    Map<String, OrdererLimits> orderers();

    interface OrdererLimits {
        Optional<Integer> advanceCivilBuilding();

        Optional<Integer> advanceDesignSurvey();

        Optional<Integer> advanceOther();

        Optional<Integer> interim();

        Optional<Integer> advancePlusInterim();

        Optional<Integer> contractMinimum();

        Optional<Integer> contractMinimumLowBid();
    }

    /** The limits for one orderer: its overrides, else the defaults. */
    default GuaranteeLimits forOrderer(String ordererId) {
        Optional<OrdererLimits> own = Optional.ofNullable(ordererId).map(id -> orderers().get(id));
        return new GuaranteeLimits(
                own.flatMap(OrdererLimits::advanceCivilBuilding).orElse(advanceCivilBuilding()),
                own.flatMap(OrdererLimits::advanceDesignSurvey).orElse(advanceDesignSurvey()),
                own.flatMap(OrdererLimits::advanceOther).orElse(advanceOther()),
                own.flatMap(OrdererLimits::interim).orElse(interim()),
                own.flatMap(OrdererLimits::advancePlusInterim).orElse(advancePlusInterim()),
                own.flatMap(OrdererLimits::contractMinimum).orElse(contractMinimum()),
                own.flatMap(OrdererLimits::contractMinimumLowBid).orElse(contractMinimumLowBid()));
    }
}
