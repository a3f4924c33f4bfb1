package com.servicecentre.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 派单规则, without the engine: among the designers of the order's grade, those under every cap are eligible; a
 * marketing salesperson's preferred designer goes first, otherwise the one with the fewest orders in hand this week,
 * then the fewest dispatched this week (公开公平公正), then by login so the choice is repeatable.
 */
public final class DesignerChoice {

  /** A designer's caps from designer-capacity: orders in hand this week, dispatched today, this week. */
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

  /** Each candidate as {@link Candidate#describe}, or why there was nobody to consider. */
  public static String considered(String grade, List<Candidate> candidates) {
    return candidates.isEmpty() ? "组 " + grade + " 没有设计师"
        : String.join("; ", candidates.stream().map(Candidate::describe).toList());
  }
}
