package org.asylon.app.request;

import java.time.LocalDate;

/**
 * A request the team sent about a deployment: to whom, on what legal basis, when, by when the
 * answer is due (and until when, if the body extended the deadline), the answer and the follow-up.
 */
public record TrackedRequest(long id, String deploymentId, String deploymentName, String kind, String recipient,
                             String legalBasis, LocalDate sentOn, LocalDate dueOn, LocalDate extendedUntil, String answer,
                             LocalDate answeredOn, String answerNote, String followUp, String followUpNote,
                             String undisclosedFact, String createdBy) {

    /** How many days before the deadline a request counts as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    /** The date the answer is due by: the extended date when the body extended it. */
    public LocalDate deadline() {
        return extendedUntil != null ? extendedUntil : dueOn;
    }

    /**
     * {@code answered}, {@code overdue} (no answer and the deadline has passed), {@code due-soon},
     * {@code waiting}, or {@code no-deadline}.
     */
    public String status(LocalDate today) {
        if (answer != null) {
            return "answered";
        }
        LocalDate deadline = deadline();
        if (deadline == null) {
            return "no-deadline";
        }
        if (today.isAfter(deadline)) {
            return "overdue";
        }
        return today.plusDays(DUE_SOON_DAYS).isAfter(deadline) ? "due-soon" : "waiting";
    }

    /** A refusal, whole or partial, can be cited as the source of an undisclosed fact. */
    public boolean refused() {
        return "refused".equals(answer) || "partial".equals(answer);
    }
}
