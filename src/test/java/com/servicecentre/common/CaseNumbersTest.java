package com.servicecentre.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicecentre.ServiceCentreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** One counter per prefix; a start that is refused does not use up a number. */
@ServiceCentreTest
class CaseNumbersTest {

  @Autowired CaseNumbers numbers;
  @Autowired TransactionTemplate transaction;

  @Test
  void eachPrefixCountsOnItsOwn() {
    assertThat(numbers.next("QA")).isEqualTo("QA000001");
    assertThat(numbers.next("QB")).isEqualTo("QB000001");
    assertThat(numbers.next("QA")).isEqualTo("QA000002");
  }

  @Test
  void aNumberHandedOutInARolledBackStartIsHandedOutAgain() {
    assertThat(numbers.next("QC")).isEqualTo("QC000001");
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      assertThat(numbers.next("QC")).isEqualTo("QC000002");
      throw new IllegalStateException("start refused");
    })).hasMessage("start refused");
    assertThat(numbers.next("QC")).isEqualTo("QC000002");
  }
}
