package com.servicecentre.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On MySQL/MariaDB, every table of the application's database stores 4-byte UTF-8 (utf8mb4): rare characters
 * such as 𠮷 and emoji. Camunda's create scripts declare utf8 (3 bytes at most) on each table, and the project's
 * own tables take the database's default, which may be older still. Runs once every bean exists, that is after
 * the engine created or updated its schema and Flyway migrated, and before the server takes requests; a table
 * already in utf8mb4 is left alone. A binary collation keeps comparisons case-sensitive, as Camunda expects.
 *
 * <p>MariaDB will not change the character set of a column in a foreign key, even with foreign_key_checks off,
 * so the foreign keys involved are dropped and added again. Their definitions are written down first, in a
 * table of this class's own, so that a start-up killed half-way restores them on the next start.
 */
@Component
public class Utf8mb4Tables implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(Utf8mb4Tables.class);
  static final String COLLATION = "utf8mb4_bin";
  static final String FOREIGN_KEYS_TO_RESTORE = "utf8mb4_foreign_keys_to_restore";

  private final DataSource dataSource;

  public Utf8mb4Tables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterSingletonsInstantiated() {
    convert();
  }

  /** Converts what is not yet utf8mb4; answers the tables converted (none on other databases). */
  public List<String> convert() {
    try (Connection connection = dataSource.getConnection()) {
      if (!MySql.is(connection)) {
        return List.of();
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        // Checks are off only while the keys are dropped and added back; the connection returns to the pool.
        statement.execute("SET foreign_key_checks = 0");
        try {
          return convert(connection, statement);
        } finally {
          statement.execute("SET foreign_key_checks = 1");
          connection.setAutoCommit(autoCommit);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not convert the database's tables to utf8mb4: " + e.getMessage(), e);
    }
  }

  private static List<String> convert(Connection connection, Statement statement) throws SQLException {
    if (!COLLATION.equals(single(connection,
        "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"))) {
      // Tables created later (a new migration) start in utf8mb4 too.
      statement.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE " + COLLATION);
    }
    List<String> tables = tablesToConvert(connection);
    boolean interrupted = tableExists(connection, FOREIGN_KEYS_TO_RESTORE);
    if (tables.isEmpty() && !interrupted) {
      return tables;
    }
    statement.execute("CREATE TABLE IF NOT EXISTS " + FOREIGN_KEYS_TO_RESTORE + " (table_name VARCHAR(64) NOT NULL, "
        + "constraint_name VARCHAR(64) NOT NULL, definition VARCHAR(4000) NOT NULL, "
        + "PRIMARY KEY (table_name, constraint_name)) CHARACTER SET utf8mb4 COLLATE " + COLLATION);
    Map<List<String>, String> foreignKeys = foreignKeysOf(connection, tables);
    try (PreparedStatement remember = connection.prepareStatement("INSERT IGNORE INTO " + FOREIGN_KEYS_TO_RESTORE
        + " (table_name, constraint_name, definition) VALUES (?, ?, ?)")) {
      for (Map.Entry<List<String>, String> key : foreignKeys.entrySet()) {
        remember.setString(1, key.getKey().get(0));
        remember.setString(2, key.getKey().get(1));
        remember.setString(3, key.getValue());
        remember.executeUpdate();
      }
    }
    for (List<String> key : foreignKeys.keySet()) {
      statement.execute("ALTER TABLE `" + key.get(0) + "` DROP FOREIGN KEY `" + key.get(1) + "`");
    }
    for (String table : tables) {
      LOG.info("Converting table {} to utf8mb4", table);
      // In the old row formats an index key holds 767 bytes, less than a VARCHAR(255) in utf8mb4.
      String rowFormat = oldRowFormat(connection, table) ? "ROW_FORMAT=DYNAMIC, " : "";
      statement.execute("ALTER TABLE `" + table + "` " + rowFormat + "CONVERT TO CHARACTER SET utf8mb4 COLLATE "
          + COLLATION);
    }
    restoreForeignKeys(connection, statement);
    statement.execute("DROP TABLE " + FOREIGN_KEYS_TO_RESTORE);
    return tables;
  }

  /** Tables whose default or any text column is not utf8mb4 with the binary collation. */
  private static List<String> tablesToConvert(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT t.TABLE_NAME FROM information_schema.TABLES t
        WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
          AND (t.TABLE_COLLATION <> ? OR EXISTS (
            SELECT 1 FROM information_schema.COLUMNS c
            WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND c.COLLATION_NAME <> ?))
        ORDER BY t.TABLE_NAME""")) {
      query.setString(1, COLLATION);
      query.setString(2, COLLATION);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }
    return tables;
  }

  /** (table, constraint) → definition of every foreign key from or to one of the tables. */
  private static Map<List<String>, String> foreignKeysOf(Connection connection, List<String> tables)
      throws SQLException {
    Map<List<String>, String> keys = new LinkedHashMap<>();
    Map<List<String>, List<String[]>> columns = new LinkedHashMap<>();
    Map<List<String>, String[]> rules = new LinkedHashMap<>();
    try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery("""
        SELECT r.TABLE_NAME, r.CONSTRAINT_NAME, r.REFERENCED_TABLE_NAME, r.DELETE_RULE, r.UPDATE_RULE,
          k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME
        FROM information_schema.REFERENTIAL_CONSTRAINTS r
        JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA
          AND k.TABLE_NAME = r.TABLE_NAME AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME
        WHERE r.CONSTRAINT_SCHEMA = DATABASE() AND r.UNIQUE_CONSTRAINT_SCHEMA = DATABASE()
        ORDER BY r.TABLE_NAME, r.CONSTRAINT_NAME, k.ORDINAL_POSITION""")) {
      while (rs.next()) {
        if (!tables.contains(rs.getString(1)) && !tables.contains(rs.getString(3))) {
          continue;
        }
        List<String> key = List.of(rs.getString(1), rs.getString(2));
        rules.put(key, new String[] {rs.getString(3), rs.getString(4), rs.getString(5)});
        columns.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {rs.getString(6), rs.getString(7)});
      }
    }
    rules.forEach((key, rule) -> {
      List<String[]> pairs = columns.get(key);
      keys.put(key, "CONSTRAINT `" + key.get(1) + "` FOREIGN KEY (" + quoted(pairs, 0) + ") REFERENCES `"
          + rule[0] + "` (" + quoted(pairs, 1) + ") ON DELETE " + rule[1] + " ON UPDATE " + rule[2]);
    });
    return keys;
  }

  private static void restoreForeignKeys(Connection connection, Statement statement) throws SQLException {
    Map<List<String>, String> toRestore = new LinkedHashMap<>();
    try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(
        "SELECT table_name, constraint_name, definition FROM " + FOREIGN_KEYS_TO_RESTORE)) {
      while (rs.next()) {
        toRestore.put(List.of(rs.getString(1), rs.getString(2)), rs.getString(3));
      }
    }
    try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM "
        + "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? "
        + "AND CONSTRAINT_NAME = ?")) {
      for (Map.Entry<List<String>, String> key : toRestore.entrySet()) {
        exists.setString(1, key.getKey().get(0));
        exists.setString(2, key.getKey().get(1));
        try (ResultSet rs = exists.executeQuery()) {
          rs.next();
          if (rs.getInt(1) == 0) {
            statement.execute("ALTER TABLE `" + key.getKey().get(0) + "` ADD " + key.getValue());
          }
        }
      }
    }
  }

  private static String quoted(List<String[]> pairs, int side) {
    return String.join(", ", pairs.stream().map(p -> "`" + p[side] + "`").toList());
  }

  private static boolean oldRowFormat(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT ROW_FORMAT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && List.of("compact", "redundant").contains(String.valueOf(rs.getString(1)).toLowerCase());
      }
    }
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
