package com.servicecentre.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** How an entered absence reads its days and times (engine-free). */
class AbsenceRequestTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 15, 10, 0);

  @Test
  void daysCoverTheWholeDaysFromTheStartOfTheFirstToTheEndOfTheLast() {
    AbsenceRequest leave = AbsenceRequest.read("zhangwei", "leave", "2026-07-20", "2026-07-21", " lina ", " ", NOW);
    assertThat(leave.startsAt()).isEqualTo(LocalDateTime.of(2026, 7, 20, 0, 0));
    assertThat(leave.endsAt()).isEqualTo(LocalDateTime.of(2026, 7, 22, 0, 0));
    assertThat(leave.deputy()).isEqualTo("lina");
    assertThat(leave.note()).isNull();
  }

  @Test
  void instantsAreChinaTimeUnlessTheyCarryAnOffset() {
    AbsenceRequest trip = AbsenceRequest.read("zhangwei", "business-trip", "2026-07-20T13:30",
        "2026-07-21T02:00:00Z", null, null, NOW);
    assertThat(trip.startsAt()).isEqualTo(LocalDateTime.of(2026, 7, 20, 13, 30));
    assertThat(trip.endsAt()).isEqualTo(LocalDateTime.of(2026, 7, 21, 10, 0));
  }

  @Test
  void everyWrongFieldIsNamed() {
    assertThatThrownBy(() -> AbsenceRequest.read("zhangwei", "vacation", "20.07.2026", "", "zhangwei", null, NOW))
        .isInstanceOf(AbsenceRefused.class)
        .hasMessageContaining("kind(类型)").hasMessageContaining("from(开始时间)")
        .hasMessageContaining("to(结束时间)").hasMessageContaining("deputy(代理人): 不能是请假人本人");
  }

  @Test
  void anAbsenceThatIsOverOrTooLongIsRefused() {
    assertThatThrownBy(() -> AbsenceRequest.read("zhangwei", "leave", "2026-07-01", "2026-07-14", null, null, NOW))
        .hasMessageContaining("已经过去");
    assertThatThrownBy(() -> AbsenceRequest.read("zhangwei", "leave", "2026-07-20", "2027-08-01", null, null, NOW))
        .hasMessageContaining("最长 366 天");
  }
}
