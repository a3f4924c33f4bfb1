package com.servicecentre.moveout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RefundCalculationTest {

  private static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void tenthsAndFifthsOfAYuanAddUpExactly() {
    // 0.1 + 0.2 held, nothing owed: exactly 0.30, not 0.30000000000000004
    RefundCalculation c = new RefundCalculation(yuan("0.1").add(yuan("0.2")), BigDecimal.ZERO, null);
    assertThat(c.refund()).isEqualTo(yuan("0.30"));
    assertThat(new RefundCalculation(yuan("0.3"), yuan("0.1"), yuan("0.2")).refund()).isEqualTo(yuan("0.00"));
  }

  @Test
  void largeSumsKeepEveryFen() {
    RefundCalculation c = new RefundCalculation(yuan("98765432109.99"), yuan("0.01"), yuan("12345678.90"));
    assertThat(c.refund()).isEqualTo(yuan("98753086431.08"));
    assertThat(c.balanceDue()).isEqualTo(yuan("0.00"));
  }

  @Test
  void aNegativeResultIsABalanceDueNotARefund() {
    RefundCalculation c = new RefundCalculation(yuan("3000"), yuan("2800.50"), yuan("500"));
    assertThat(c.refund()).isEqualTo(yuan("0.00"));
    assertThat(c.balanceDue()).isEqualTo(yuan("300.50"));
  }

  @Test
  void creditInTheLedgerIsRefundedToo() {
    assertThat(new RefundCalculation(yuan("1000"), yuan("-200"), null).refund()).isEqualTo(yuan("1200.00"));
  }

  @Test
  void aThirdDecimalNeverReachesTheCalculation() {
    assertThatThrownBy(() -> new RefundCalculation(yuan("0.005"), BigDecimal.ZERO, BigDecimal.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }
}
