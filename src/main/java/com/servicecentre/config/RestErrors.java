package com.servicecentre.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Every error of the REST API (/engine-rest and the webapps' /camunda/api/engine) as
 * {"type", "message"}: a status that says whose fault it is and a sentence staff can read. No response carries
 * SQL, a stack trace or a Java class name; what a person needs to fix their input is named, everything else is
 * logged with an error number the answer gives.
 */
public final class RestErrors {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);
  private static final Pattern CONVERSION =
      Pattern.compile("Cannot convert value '(.*)' of type '(\\w+)' to java type", Pattern.DOTALL);

  /** The engine's refusal of a command on a case of a tenant (office) the caller is not a member of. */
  private static final String OTHER_OFFICE = "ENGINE-13034 ";

  private RestErrors() {}

  /** The mappers, one per exception type Camunda maps, so that each of Camunda's is overridden. */
  public static final Class<?>[] MAPPERS = {Any.class, Engine.class, Rest.class, JsonMapping.class, JsonParse.class};

  static Response respond(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      Response response = known(cause);
      if (response != null) {
        return response;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return body(status, status == 404 ? "找不到该地址" : status == 405 ? "不支持此操作" : "请求无效");
    }
    if (error instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
      return clientError(rest.getStatus().getStatusCode(), rest);
    }
    String errorId = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("REST request failed, error {}", errorId, error);
    return body(500, "服务器处理出错，请稍后再试；如仍出错，请把错误编号 " + errorId + " 告诉管理员");
  }

  /** Causes whose answer we know, or null to look further down the chain. */
  private static Response known(Throwable cause) {
    // The project's own refusals are written for staff: their message is the answer.
    if (cause instanceof ProcessEngineException && cause.getClass().getName().startsWith("com.servicecentre.")) {
      LOG.debug("refused: {}", cause.getMessage());
      return body(cause instanceof AuthorizationException ? 403 : 400, cause.getMessage());
    }
    if (cause instanceof TaskAlreadyClaimedException claimed) {
      return body(409, "该任务已由 " + claimed.getTaskAssignee() + " 认领，请刷新任务列表");
    }
    if (cause instanceof OptimisticLockingException) {
      return body(409, "该案件刚被其他人修改，请刷新后重试");
    }
    if (cause instanceof AuthorizationException denied) {
      String what = denied.getMissingAuthorizations().isEmpty() ? ""
          : "（缺少「" + permissionName(denied.getMissingAuthorizations().get(0).getViolatedPermissionName())
              + "」权限）";
      return body(403, denied.getUserId() == null ? "无权执行此操作" : denied.getUserId() + " 无权执行此操作" + what);
    }
    if (cause instanceof NotFoundException || cause instanceof NullValueException) {
      return body(404, "找不到所要的案件、任务或定义，可能已办结或已删除");
    }
    if (cause instanceof DuplicateKeyException || cause instanceof SQLIntegrityConstraintViolationException) {
      return body(409, "记录重复：同一案件或编号已存在");
    }
    if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).startsWith(OTHER_OFFICE)) {
      // A case of an office the caller is not in: answered as if it did not exist, so its number reveals nothing.
      LOG.info("refused, other office: {}", cause.getMessage());
      return body(404, "找不到所要的案件、任务或定义，可能已办结或已删除");
    }
    if (cause instanceof ProcessEngineException engine) {
      if (engine.getCode() == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode()) {
        return body(400, "输入有误 — 内容过长，请缩短后再提交");
      }
      if (engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()
          || engine.getCode() == BuiltinExceptionCode.FOREIGN_KEY_CONSTRAINT_VIOLATION.getCode()) {
        return body(409, "该案件正被其他人同时处理，请刷新后重试");
      }
    }
    if (cause instanceof SQLException) {
      return null;
    }
    if (cause instanceof BadUserRequestException bad && !(cause.getCause() instanceof SQLException)) {
      return clientError(400, bad);
    }
    if (cause instanceof JsonParseException || cause instanceof JsonMappingException) {
      return body(400, "请求内容不是有效的 JSON");
    }
    return null;
  }

  /** Camunda's permission names as staff would say them; an unknown one stays as it is. */
  private static String permissionName(String permission) {
    return switch (permission) {
      case "READ", "READ_TASK", "READ_HISTORY", "READ_INSTANCE" -> "查看";
      case "CREATE" -> "新建";
      case "CREATE_INSTANCE" -> "发起案件";
      case "UPDATE", "UPDATE_TASK", "UPDATE_INSTANCE", "UPDATE_VARIABLE", "UPDATE_TASK_VARIABLE" -> "修改";
      case "DELETE", "DELETE_INSTANCE" -> "删除";
      case "TASK_WORK" -> "办理任务";
      case "TASK_ASSIGN" -> "分派任务";
      case "SUSPEND", "SUSPEND_INSTANCE" -> "挂起";
      case "ACCESS" -> "使用此应用";
      default -> permission;
    };
  }

  /** A caller's mistake found by the engine or the REST layer, in English: say what kind, not how it was built. */
  private static Response clientError(int status, Throwable error) {
    String message = error.getMessage() == null ? "" : error.getMessage();
    Matcher conversion = CONVERSION.matcher(message);
    if (conversion.find()) {
      return body(400, "输入有误 — 值 \"" + conversion.group(1) + "\" 不能作为" + typeName(conversion.group(2))
          + "提交");
    }
    LOG.info("client error {}: {}", status, message);
    return body(status, status == 404 ? "找不到所要的案件、任务或定义，可能已办结或已删除" : "请求无效，请检查输入后重试");
  }

  private static String typeName(String type) {
    return switch (type.toLowerCase()) {
      case "integer", "long", "short", "double" -> "数字";
      case "boolean" -> "是/否";
      case "date" -> "日期";
      default -> type + " 类型";
    };
  }

  static Response body(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", switch (status) {
      case 400 -> "InvalidInput";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      default -> status < 500 ? "Refused" : "ServerError";
    });
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Provider
  @Priority(1)
  public static class Any implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      return respond(e);
    }
  }

  @Provider
  @Priority(1)
  public static class Engine implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return respond(e);
    }
  }

  @Provider
  @Priority(1)
  public static class Rest implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException e) {
      return respond(e);
    }
  }

  @Provider
  @Priority(1)
  public static class JsonMapping implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return respond(e);
    }
  }

  @Provider
  @Priority(1)
  public static class JsonParse implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return respond(e);
    }
  }
}
