package dev.mms.domain.source;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import dev.mms.domain.error.ValidationFailed;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config items of every data-source type (what ListMmsDataSourceConfigItems describes), and
 * the check of a config against them: required keys present, values of the declared type, no key
 * the type does not know (a typo is an error, not a silently ignored setting).
 */
public final class ConfigItems {
  public static final String JDBC_URL = "jdbc.url";
  public static final String JDBC_USERNAME = "jdbc.username";
  public static final String JDBC_PASSWORD = "jdbc.password";
  public static final String JDBC_PARTITION_COLUMNS = "jdbc.partition.columns";
  public static final String DST_JDBC_URL = "dst.jdbc.url";
  public static final String DST_JDBC_USERNAME = "dst.jdbc.username";
  public static final String DST_JDBC_PASSWORD = "dst.jdbc.password";
  public static final String TASK_PARTITION_MAX_NUM = "task.partition.max.num";
  public static final String TASK_PARTITION_MAX_SIZE = "task.partition.max.size";
  public static final String DATABASE_WHITELIST = "source.database.whitelist";
  public static final String DATABASE_BLACKLIST = "source.database.blacklist";
  public static final String TABLE_WHITELIST = "source.table.whitelist";
  public static final String TABLE_BLACKLIST = "source.table.blacklist";
  public static final String MC_DEFAULT_PROJECT = "mc.default.project";

  public static final String MOCK_DATABASES = "mock.databases";
  public static final String MOCK_TABLES = "mock.tables";
  public static final String MOCK_PARTITIONS = "mock.partitions";
  public static final String MOCK_ROWS = "mock.partition.rows";
  public static final String MOCK_SIZE = "mock.partition.size";
  public static final String MOCK_FAIL_RATE = "mock.fail.rate";
  public static final String MOCK_STALL_RATE = "mock.stall.rate";
  public static final String MOCK_SEED = "mock.seed";

  private static final String BASIC = "group.basic";
  private static final String ADVANCED = "group.advanced";

  private ConfigItems() {}

  /** The items of {@code type}, described in {@code lang}, in display order. */
  public static List<ConfigItem> of(DataSourceType type, Language lang) {
    var items = new ArrayList<ConfigItem>();
    switch (type) {
      case JDBC -> {
        items.add(item(lang, JDBC_URL, "Source JDBC URL", "源 JDBC URL",
            "JDBC URL of the source database", "源数据库的 JDBC 连接串", ConfigItemType.STRING,
            "jdbc:postgresql://127.0.0.1:5432/db", true, BASIC));
        items.add(item(lang, JDBC_USERNAME, "Source user", "源用户名", "User of the source database",
            "源数据库用户名", ConfigItemType.STRING, "postgres", false, BASIC));
        items.add(item(lang, JDBC_PASSWORD, "Source password", "源密码",
            "Password of the source database", "源数据库密码", ConfigItemType.PASSWORD, "", false,
            BASIC));
        items.add(item(lang, JDBC_PARTITION_COLUMNS, "Partition columns", "分区列",
            "Map of table to comma-separated partition columns (PostgreSQL LIST partitions are found by themselves)",
            "表名到逗号分隔分区列的映射（PostgreSQL LIST 分区自动识别）", ConfigItemType.MAP,
            "{\"sales\":\"ds,region\"}", false, BASIC));
        items.add(item(lang, DST_JDBC_URL, "Destination JDBC URL", "目标 JDBC URL",
            "JDBC URL of the destination database", "目标数据库的 JDBC 连接串", ConfigItemType.STRING,
            "jdbc:mariadb://127.0.0.1:3306/dst", true, BASIC));
        items.add(item(lang, DST_JDBC_USERNAME, "Destination user", "目标用户名",
            "User of the destination database", "目标数据库用户名", ConfigItemType.STRING, "root",
            false, BASIC));
        items.add(item(lang, DST_JDBC_PASSWORD, "Destination password", "目标密码",
            "Password of the destination database", "目标数据库密码", ConfigItemType.PASSWORD, "",
            false, BASIC));
      }
      case MOCK -> {
        items.add(item(lang, MOCK_DATABASES, "Databases", "库数量", "Number of databases",
            "模拟的库数量", ConfigItemType.INT, "2", false, BASIC));
        items.add(item(lang, MOCK_TABLES, "Tables per database", "每库表数",
            "Number of tables in each database", "每个库的表数量", ConfigItemType.INT, "3", false,
            BASIC));
        items.add(item(lang, MOCK_PARTITIONS, "Partitions per table", "每表分区数",
            "Number of partitions of each partitioned table (0 = not partitioned)",
            "每张分区表的分区数（0 表示非分区表）", ConfigItemType.INT, "10", false, BASIC));
        items.add(item(lang, MOCK_ROWS, "Rows per partition", "每分区行数",
            "Rows in each partition", "每个分区的行数", ConfigItemType.INT, "1000", false, BASIC));
        items.add(item(lang, MOCK_SIZE, "Bytes per partition", "每分区字节数",
            "Size of each partition in bytes", "每个分区的字节数", ConfigItemType.INT, "1048576",
            false, BASIC));
        items.add(item(lang, MOCK_FAIL_RATE, "Failure rate", "失败率",
            "Share of phases that fail, 0..1", "阶段失败的比例，0..1", ConfigItemType.STRING, "0",
            false, ADVANCED));
        items.add(item(lang, MOCK_STALL_RATE, "Stall rate", "卡住率",
            "Share of phases that stall until interrupted, 0..1", "阶段卡住直到被中断的比例，0..1",
            ConfigItemType.STRING, "0", false, ADVANCED));
        items.add(item(lang, MOCK_SEED, "Random seed", "随机种子",
            "Seed of the failure and stall draws", "失败与卡住抽样的随机种子", ConfigItemType.INT,
            "42", false, ADVANCED));
      }
      case HIVE -> {
        items.add(item(lang, "hive.metastore.urls", "Hive metastore URLs", "Hive Metastore 地址",
            "Thrift URLs of the metastore", "Metastore 的 thrift 地址", ConfigItemType.STRING,
            "thrift://host:9083", true, BASIC));
        items.add(item(lang, "hive.jdbc.url", "Hive JDBC URL", "Hive JDBC URL",
            "HiveServer2 JDBC URL", "HiveServer2 的 JDBC 连接串", ConfigItemType.STRING,
            "jdbc:hive2://host:10000/default", true, BASIC));
        items.add(item(lang, "hive.jdbc.username", "Hive user", "Hive 用户名", "HiveServer2 user",
            "HiveServer2 用户名", ConfigItemType.STRING, "hive", true, BASIC));
        items.add(item(lang, "hive.jdbc.password", "Hive password", "Hive 密码",
            "HiveServer2 password", "HiveServer2 密码", ConfigItemType.PASSWORD, "", false, BASIC));
        items.add(mcDefaultProject(lang));
      }
      case BIGQUERY -> {
        items.add(item(lang, "bigquery.project.id", "BigQuery project", "BigQuery 项目",
            "Google Cloud project id", "Google Cloud 项目 ID", ConfigItemType.STRING, "my-project",
            true, BASIC));
        items.add(new ConfigItem("bigquery.range.partition.migrate.type",
            text(lang, "Range partition table migration method", "范围分区表迁移方式"),
            text(lang, "How range-partitioned tables are migrated", "范围分区表的迁移方式"),
            ConfigItemType.STRING, Optional.empty(), Optional.of("Cluster or Partition"), false,
            List.of("Cluster", "Partition"), ADVANCED, Optional.empty()));
        items.add(mcDefaultProject(lang));
      }
      case MAXCOMPUTE -> {
        items.add(item(lang, "mc.endpoint", "MaxCompute endpoint", "MaxCompute Endpoint",
            "Endpoint of the source MaxCompute", "源 MaxCompute 的 Endpoint", ConfigItemType.STRING,
            "http://service.cn-shanghai.maxcompute.aliyun.com/api", true, BASIC));
        items.add(item(lang, "mc.auth.access.id", "AccessKey ID", "AccessKey ID",
            "AccessKey ID of the source account", "源账号的 AccessKey ID", ConfigItemType.STRING, "",
            true, BASIC));
        items.add(item(lang, "mc.auth.access.key", "AccessKey secret", "AccessKey Secret",
            "AccessKey secret of the source account", "源账号的 AccessKey Secret",
            ConfigItemType.PASSWORD, "", true, BASIC));
        items.add(item(lang, "mc.src.projects", "Source projects", "源项目",
            "Projects to migrate", "要迁移的项目", ConfigItemType.LIST, "p1,p2", false, BASIC));
        items.add(mcDefaultProject(lang));
      }
      case DATABRICKS -> {
        items.add(item(lang, "db.workspace.url", "Workspace URL", "Workspace 地址",
            "Databricks workspace URL", "Databricks 工作区地址", ConfigItemType.STRING,
            "https://xxx.cloud.databricks.com", true, BASIC));
        items.add(item(lang, "db.cluster.id", "Cluster id", "集群 ID", "Databricks cluster id",
            "Databricks 集群 ID", ConfigItemType.STRING, "", true, BASIC));
        items.add(item(lang, "db.access.token", "Access token", "访问令牌",
            "Databricks personal access token", "Databricks 访问令牌", ConfigItemType.PASSWORD, "",
            true, BASIC));
        items.add(mcDefaultProject(lang));
      }
    }
    items.add(item(lang, TASK_PARTITION_MAX_NUM, "Partitions per task", "每任务最大分区数",
        "Most partitions in one task", "单个任务最多包含的分区数", ConfigItemType.INT, "50", false,
        ADVANCED));
    items.add(item(lang, TASK_PARTITION_MAX_SIZE, "Bytes per task", "每任务最大字节数",
        "Most bytes in one task (a larger partition is a task of its own)",
        "单个任务最多包含的字节数（更大的分区单独成为一个任务）", ConfigItemType.INT, "5368709120", false,
        ADVANCED));
    items.add(item(lang, DATABASE_WHITELIST, "Database whitelist", "库白名单",
        "Only these databases are scanned", "只扫描这些库", ConfigItemType.LIST, "db1,db2", false,
        ADVANCED));
    items.add(item(lang, DATABASE_BLACKLIST, "Database blacklist", "库黑名单",
        "These databases are not scanned", "不扫描这些库", ConfigItemType.LIST, "tmp", false,
        ADVANCED));
    items.add(item(lang, TABLE_WHITELIST, "Table whitelist", "表白名单",
        "Only these tables (db.table) are scanned", "只扫描这些表（db.table）", ConfigItemType.LIST,
        "db1.t1", false, ADVANCED));
    items.add(item(lang, TABLE_BLACKLIST, "Table blacklist", "表黑名单",
        "These tables (db.table) are not scanned", "不扫描这些表（db.table）", ConfigItemType.LIST,
        "db1.tmp", false, ADVANCED));
    return List.copyOf(items);
  }

  /**
   * Checks {@code config} against the items of {@code type}, reporting every problem at once.
   * With {@code partial} (UPDATE_CONFIG) required keys may be absent because the stored ones stay.
   */
  public static Either<DomainError, Map<String, ConfigValue>> check(
      DataSourceType type, Map<String, ConfigValue> config, boolean partial) {
    var known = new LinkedHashMap<String, ConfigItem>();
    of(type, Language.en_US).forEach(i -> known.put(i.key(), i));
    var problems = new ArrayList<DomainError>();
    config.forEach((key, value) -> {
      var item = known.get(key);
      if (item == null) {
        problems.add(new InvalidValue("config." + key,
            "is not a config item of " + type + "; known keys: " + String.join(", ", known.keySet())));
      } else {
        typeProblem(item, value).ifPresent(p -> problems.add(new InvalidValue("config." + key, p)));
      }
    });
    if (!partial) {
      known.values().stream()
          .filter(ConfigItem::required)
          .filter(i -> !config.containsKey(i.key()) || config.get(i.key()).asText().isBlank())
          .forEach(i -> problems.add(new MissingValue("config." + i.key())));
    }
    return problems.isEmpty()
        ? Either.right(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config)))
        : Either.left(ValidationFailed.of(problems));
  }

  private static Optional<String> typeProblem(ConfigItem item, ConfigValue value) {
    return switch (item.type()) {
      case INT -> parsesAsLong(value) ? Optional.empty()
          : Optional.of("must be an integer, got '" + value.asText() + "'");
      case BOOLEAN -> value instanceof ConfigValue.Flag
          || value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false")
          ? Optional.empty() : Optional.of("must be true or false, got '" + value.asText() + "'");
      case MAP -> value instanceof ConfigValue.Mapping ? Optional.empty()
          : Optional.of("must be a JSON object");
      case LIST, STRING, PASSWORD, FILE -> item.enums().isEmpty()
          || item.enums().contains(value.asText())
          ? Optional.empty()
          : Optional.of("must be one of " + item.enums() + ", got '" + value.asText() + "'");
    };
  }

  private static boolean parsesAsLong(ConfigValue value) {
    try {
      new BigDecimal(value.asText().trim()).longValueExact();
      return true;
    } catch (ArithmeticException | NumberFormatException e) {
      return false;
    }
  }

  private static ConfigItem mcDefaultProject(Language lang) {
    return item(lang, MC_DEFAULT_PROJECT, "MaxCompute Default Project", "MaxCompute 默认项目",
        "MaxCompute Default Project", "MaxCompute 默认项目", ConfigItemType.STRING, "project", true,
        BASIC);
  }

  private static ConfigItem item(Language lang, String key, String nameEn, String nameZh,
      String descEn, String descZh, ConfigItemType type, String placeHolder, boolean required,
      String group) {
    return new ConfigItem(key, text(lang, nameEn, nameZh), text(lang, descEn, descZh), type,
        Optional.empty(), placeHolder.isEmpty() ? Optional.empty() : Optional.of(placeHolder),
        required, List.of(), group, Optional.empty());
  }

  private static String text(Language lang, String en, String zh) {
    return lang == Language.en_US ? en : zh;
  }
}
