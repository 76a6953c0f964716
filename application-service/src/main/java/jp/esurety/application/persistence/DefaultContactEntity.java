package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** お客様情報's default contact of a contractor (担当部署, 役職, 担当者名, 電話番号, 完了メールの宛先); prefills new applications. */
@Entity
@Table(name = "contractor_default_contact")
public class DefaultContactEntity extends PanacheEntityBase {
    @Id
    public String contractorId;
    public String department;
    public String title;
    public String name;
    public String phone;
    public String completionMailAddress;
    public Instant updatedAt;
}
