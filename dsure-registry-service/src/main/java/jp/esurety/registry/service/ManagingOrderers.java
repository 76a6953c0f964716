package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.domain.AllowedWorks;
import jp.esurety.registry.domain.SubmissionSettings;
import jp.esurety.registry.messaging.RegistryEvents;
import jp.esurety.registry.persistence.OrdererEntity;
import io.quarkus.panache.common.Sort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The orderer directory: registry staff enroll and update orderer organisations (since when they accept electronic
 * surety and for which works); each orderer's own admin sets how key notices are to be submitted. Every change is
 * announced ({@code OrdererEnrolled} / {@code OrdererUpdated}).
 */
@ApplicationScoped
@Transactional
public class ManagingOrderers {

    /** An orderer as the directory shows it; {@code allowedWorks} is ALL_WORKS or MARKED_WORKS_ONLY. */
    public record Orderer(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom, String allowedWorksRule,
                          String submissionAddress, String subjectTemplate, boolean printoutRequired,
                          AllowedWorks allowedWorks) {

        /** 電子保証を利用できる工事, in Japanese. */
        public String allowedWorksLabel() {
            return allowedWorks.label();
        }
    }

    /** What registry staff set for an organisation; a blank wording takes the rule's own label. */
    public record Enrollment(String name, LocalDate acceptsElectronicSuretyFrom, String allowedWorks,
                             String allowedWorksRule) {
    }

    private final Outbox outbox;
    private final Clock clock;

    public ManagingOrderers(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Orderer> directory() {
        return OrdererEntity.<OrdererEntity>listAll(Sort.by("ordererId")).stream().map(ManagingOrderers::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Orderer> get(String ordererId) {
        return OrdererEntity.<OrdererEntity>findByIdOptional(ordererId).map(ManagingOrderers::of);
    }

    public Orderer enroll(String ordererId, Enrollment e) {
        AllowedWorks works = allowedWorks(e);
        if (OrdererEntity.findByIdOptional(ordererId).isPresent()) {
            throw ProblemException.conflict("この発注者IDは登録済みです。");
        }
        OrdererEntity o = new OrdererEntity();
        o.ordererId = ordererId;
        apply(o, e, works);
        o.announcedAt = clock.instant();
        o.persist();
        outbox.publish(RegistryEvents.TOPIC, RegistryEvents.ORDERER_ENROLLED, o.ordererId, enrolled(o));
        return of(o);
    }

    public Orderer update(String ordererId, Enrollment e) {
        AllowedWorks works = allowedWorks(e);
        OrdererEntity o = find(ordererId);
        apply(o, e, works);
        return announce(o);
    }

    /** The event announcing an orderer (also for the start-up announcement of pending ones). */
    public static RegistryEvents.OrdererEnrolled enrolled(OrdererEntity o) {
        return new RegistryEvents.OrdererEnrolled(o.ordererId, o.name, o.acceptsElectronicSuretyFrom,
                o.allowedWorksRule, o.submissionAddress, o.subjectTemplate, o.printoutRequired, o.allowedWorks.name());
    }

    private static AllowedWorks allowedWorks(Enrollment e) {
        return AllowedWorks.parse(e.allowedWorks()).orElseThrow(() -> ProblemException.invalid(List.of(
                new Problem.FieldError("allowedWorks", AllowedWorks.INVALID))));
    }

    private static void apply(OrdererEntity o, Enrollment e, AllowedWorks works) {
        o.name = e.name().strip();
        o.acceptsElectronicSuretyFrom = e.acceptsElectronicSuretyFrom();
        o.allowedWorks = works;
        o.allowedWorksRule = e.allowedWorksRule() == null || e.allowedWorksRule().isBlank()
                ? works.label() : e.allowedWorksRule().strip();
    }

    /** The orderer's own admin: only for their organisation (another one answers 404). */
    public Orderer setSubmission(String callerOrdererId, String ordererId, SubmissionSettings settings) {
        if (callerOrdererId == null || !callerOrdererId.equals(ordererId)) {
            throw ProblemException.notFound("発注者が見つかりません。");
        }
        List<String[]> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream().map(p -> new Problem.FieldError(p[0], p[1])).toList());
        }
        OrdererEntity o = find(ordererId);
        o.submissionAddress = blankToNull(settings.submissionAddress());
        o.subjectTemplate = blankToNull(settings.subjectTemplate());
        o.printoutRequired = settings.printoutRequired();
        return announce(o);
    }

    private Orderer announce(OrdererEntity o) {
        o.announcedAt = clock.instant();
        outbox.publish(RegistryEvents.TOPIC, RegistryEvents.ORDERER_UPDATED, o.ordererId,
                new RegistryEvents.OrdererUpdated(o.ordererId, o.name, o.acceptsElectronicSuretyFrom,
                        o.allowedWorksRule, o.submissionAddress, o.subjectTemplate, o.printoutRequired,
                        o.allowedWorks.name()));
        return of(o);
    }

    private static OrdererEntity find(String ordererId) {
        return OrdererEntity.<OrdererEntity>findByIdOptional(ordererId)
                .orElseThrow(() -> ProblemException.notFound("発注者が見つかりません。"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Orderer of(OrdererEntity o) {
        return new Orderer(o.ordererId, o.name, o.acceptsElectronicSuretyFrom, o.allowedWorksRule,
                o.submissionAddress, o.subjectTemplate, o.printoutRequired, o.allowedWorks);
    }
}
