package com.servicecentre.office;

/** A 管理处 or 店面: its code is also its Camunda tenant id. */
public record Office(String code, String name, String kind, String address, String phone, String calendar) {

  public static final String PROPERTY = "property";
  public static final String RENOVATION = "renovation";
}
