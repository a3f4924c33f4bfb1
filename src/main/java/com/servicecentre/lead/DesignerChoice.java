package com.servicecentre.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 派单规则, without the engine: among the designers of the order's grade, those under every cap are eligible; a
 * marketing salesperson's preferred designer goes first, otherwise the one with the fewest orders in hand this week,
 * then the fewest dispatched this week (公开公平公正), then by login so the choice is repeatable.
 *
 * <p>The orders in hand stop the automatic choice only: designers may not refuse an order, so the account manager
 * may force one on a designer who has enough in hand. Orders a day and a week are hard caps that a forced dispatch
 * keeps too; only the design manager may go past them, as a recorded exception, when the whole grade is at them.
 */
public final class DesignerChoice {

  /** A designer's caps from designer-capacity: orders in hand this week (soft), dispatched today, this week (hard). */
  public record Caps(int openOrders, int daily, int weekly) {}

  /** A designer of the grade, with their orders as the capacity rules count them and their caps. */
  public record Candidate(String id, LeadRegister.Workload load, Caps caps) {

    static final Comparator<Candidate> FAIREST = Comparator
        .comparingInt((Candidate c) -> c.load().inHandThisWeek())
        .thenComparingInt(c -> c.load().dispatchedThisWeek())
        .thenComparing(Candidate::id);

    public boolean underEveryCap() {
      return load.inHandThisWeek() < caps.openOrders() && load.dispatchedToday() < caps.daily()
          && load.dispatchedThisWeek() < caps.weekly();
    }

    /** Under the day's and the week's caps, which hold even for a forced dispatch. */
    public boolean underHardCaps() {
      return load.dispatchedToday() < caps.daily() && load.dispatchedThisWeek() < caps.weekly();
    }

    /** Why a forced dispatch to this designer is refused, in the words of the form's error. */
    public String hardCapReached() {
      return load.dispatchedToday() >= caps.daily()
          ? "今日已派 " + load.dispatchedToday() + " 单，已到每天最多 " + caps.daily() + " 单"
          : "本周已派 " + load.dispatchedThisWeek() + " 单，已到每周最多 " + caps.weekly() + " 单";
    }

    /** What auditors read: "hulin: 在手 1/2, 今日 0/2, 本周 1/6". */
    public String describe() {
      return id + ": 在手 " + load.inHandThisWeek() + "/" + caps.openOrders()
          + ", 今日 " + load.dispatchedToday() + "/" + caps.daily()
          + ", 本周 " + load.dispatchedThisWeek() + "/" + caps.weekly();
    }
  }

  /** The designer chosen and on which basis (preferred or fewest-orders), or none when nobody is eligible. */
  public record Choice(String designer, String basis) {}

  private DesignerChoice() {}

  public static Optional<Choice> choose(List<Candidate> candidates, String preferred) {
    List<Candidate> eligible = candidates.stream().filter(Candidate::underEveryCap).toList();
    Optional<Candidate> wanted = eligible.stream().filter(c -> c.id().equals(preferred)).findFirst();
    if (wanted.isPresent()) {
      return Optional.of(new Choice(wanted.get().id(), "preferred"));
    }
    return eligible.stream().min(Candidate.FAIREST).map(c -> new Choice(c.id(), "fewest-orders"));
  }

  /** Whether every designer of the grade is at a hard cap: then only the design manager may dispatch. */
  public static boolean gradeAtHardCap(List<Candidate> candidates) {
    return candidates.stream().noneMatch(Candidate::underHardCaps);
  }

  /** Each candidate as {@link Candidate#describe}, or why there was nobody to consider. */
  public static String considered(String grade, List<Candidate> candidates) {
    return candidates.isEmpty() ? "组 " + grade + " 没有设计师"
        : String.join("; ", candidates.stream().map(Candidate::describe).toList());
  }
}
