package com.servicecentre.handover;

import java.time.LocalDateTime;

/** One entered absence (staff_absence), times in local China time, {@code endsAt} exclusive. */
public record Absence(long id, String userId, String kind, LocalDateTime startsAt, LocalDateTime endsAt,
    String deputy, String note, String enteredBy, LocalDateTime enteredAt, String state, LocalDateTime startedAt,
    LocalDateTime endedAt, String endedBy) {

  public static final String PLANNED = "planned";
  public static final String ACTIVE = "active";
  public static final String ENDED = "ended";
  public static final String CANCELLED = "cancelled";

  /** "请假 #3" as the trail and the messages name it. */
  public String label() {
    return AbsenceRequest.kindName(kind) + " #" + id;
  }
}
