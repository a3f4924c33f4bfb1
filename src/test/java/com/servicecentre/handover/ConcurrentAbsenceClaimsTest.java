package com.servicecentre.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.database.MySqlTestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes (each with its own connection pool) run the absence schedule at the same time, on H2 and
 * on MySQL/MariaDB: every start and every end is claimed by exactly one of them, so tasks move once. The claim
 * is held for a moment inside the transaction, as the moving of the tasks would hold it. The MariaDB run needs
 * the test server (see MySqlTestDatabase).
 */
class ConcurrentAbsenceClaimsTest {

  private static final int ABSENCES = 20;
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 20, 9, 0);

  @Test
  void onH2() throws Exception {
    String url = "jdbc:h2:mem:absences-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (HikariDataSource first = pool(url, "sa", ""); HikariDataSource second = pool(url, "sa", "")) {
      eachStartAndEndIsClaimedOnce(first, second);
    }
  }

  @Test
  void onMySql() throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create("CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        HikariDataSource first = pool(database.url() + "?sendFractionalSeconds=false&characterEncoding=UTF-8",
            MySqlTestDatabase.USER, MySqlTestDatabase.PASSWORD);
        HikariDataSource second = pool(database.url() + "?sendFractionalSeconds=false&characterEncoding=UTF-8",
            MySqlTestDatabase.USER, MySqlTestDatabase.PASSWORD)) {
      eachStartAndEndIsClaimedOnce(first, second);
    }
  }

  private void eachStartAndEndIsClaimedOnce(HikariDataSource first, HikariDataSource second) throws Exception {
    Flyway.configure().dataSource(first).locations("classpath:db/migration").load().migrate();
    Absences entered = new Absences(new JdbcTemplate(first));
    for (int i = 0; i < ABSENCES; i++) {
      entered.insert(new AbsenceRequest("user" + i, AbsenceRequest.LEAVE, NOW.minusHours(1), NOW.plusDays(1), null,
          null), "head", NOW.minusDays(1));
    }
    assertThat(entered.dueToStart(NOW)).hasSize(ABSENCES);

    assertThat(race(first, second, (absences, id) -> absences.claimStart(id, NOW), entered.dueToStart(NOW)))
        .isEqualTo(ABSENCES);
    assertThat(entered.dueToStart(NOW)).isEmpty();
    LocalDateTime later = NOW.plusDays(2);
    assertThat(race(first, second, (absences, id) -> absences.claimEnd(id, later, null), entered.dueToEnd(later)))
        .isEqualTo(ABSENCES);
    assertThat(entered.of(null, 100)).hasSize(ABSENCES).allSatisfy(a -> {
      assertThat(a.state()).isEqualTo(Absence.ENDED);
      assertThat(a.endsAt()).isEqualTo(NOW.plusDays(1));
    });
  }

  interface Claim {
    boolean claim(Absences absences, long id);
  }

  /** Both nodes try every id, each in its own transaction held a moment; the number of successful claims. */
  private static int race(HikariDataSource first, HikariDataSource second, Claim claim, List<Long> ids)
      throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> runs = new ArrayList<>();
      for (HikariDataSource pool : List.of(first, second)) {
        Absences absences = new Absences(new JdbcTemplate(pool));
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
        runs.add(nodes.submit(() -> {
          go.await();
          int claimed = 0;
          for (long id : ids) {
            Boolean won = transaction.execute(status -> {
              boolean mine = claim.claim(absences, id);
              if (mine) {
                try {
                  Thread.sleep(5); // moving the tasks takes a moment
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return mine;
            });
            claimed += Boolean.TRUE.equals(won) ? 1 : 0;
          }
          return claimed;
        }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> run : runs) {
        total += run.get(120, TimeUnit.SECONDS);
      }
      return total;
    } finally {
      nodes.shutdownNow();
    }
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(2);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new HikariDataSource(config);
  }
}
