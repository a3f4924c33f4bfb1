package com.servicecentre.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The mix of generated cases: four in ten complaints, three in ten repairs, one in ten move-outs, two in ten leads.
 * Complaints come to both property offices; repairs and move-outs to 翠湖花园 (A01) only, since the demo staff of
 * 锦绣苑 (A02) have no deputy manager to sign a repair's visit and no finance clerk to settle a move-out.
 */
final class DemoCases {

  private static final List<String> A01_UNITS = List.of("1栋1单元101", "1栋1单元102", "1栋1单元201", "1栋1单元202",
      "3栋1单元501", "3栋1单元502", "3栋2单元501", "3栋2单元502");
  private static final List<String> A02_UNITS = List.of("A座1001", "A座1002", "A座1101", "A座1102", "B座0801",
      "B座0802", "B座0901", "B座0902");

  private final Random random;
  private final BiFunction<String, String, List<String>> members;
  private final List<String> leadPhones = new ArrayList<>();

  DemoCases(Random random, BiFunction<String, String, List<String>> members) {
    this.random = random;
    this.members = members;
  }

  DemoCase next(int number) {
    double p = random.nextDouble();
    if (p < 0.4) {
      String office = random.nextDouble() < 0.65 ? "A01" : "A02";
      return new DemoComplaint(office, clerk(office), random, members, office.equals("A01") ? A01_UNITS : A02_UNITS);
    }
    if (p < 0.7) {
      return new DemoRepair("A01", clerk("A01"), random, members, A01_UNITS);
    }
    if (p < 0.8) {
      return new DemoMoveOut("A01", clerk("A01"), random, members, A01_UNITS);
    }
    return lead(number);
  }

  private String clerk(String office) {
    List<String> clerks = members.apply("customer-service", office);
    return clerks.get(random.nextInt(clerks.size()));
  }

  private DemoCase lead(int number) {
    double s = random.nextDouble();
    String source = s < 0.35 ? "walk-in" : s < 0.6 ? "phone" : s < 0.85 ? "marketing" : "referral";
    String group = switch (source) {
      case "marketing" -> "marketing";
      case "referral" -> "account-manager";
      default -> "receptionist";
    };
    List<String> takers = members.apply(group, "S01");
    String starter = takers.get(random.nextInt(takers.size()));
    // Now and then a customer comes back with the phone of an earlier lead: the account manager checks it.
    boolean duplicate = !leadPhones.isEmpty() && random.nextDouble() < 0.04;
    String phone = duplicate ? leadPhones.get(random.nextInt(leadPhones.size()))
        : String.format("135%08d", number * 7919 % 100_000_000);
    leadPhones.add(phone);
    return new DemoLead("S01", starter, source, random, members, phone, duplicate);
  }
}
