"""Translatable names for the clinical vocabulary (measurement kinds, alert kinds, severities, sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from medlink.vocabulary import AlertKind, AllergySeverity, MeasurementKind, MeasurementSource

if TYPE_CHECKING:  # pragma: no cover
    from medlink.services.labs import LabOrderView


def _t(text: str) -> str:
    return QCoreApplication.translate("ClinicalLabels", text)


def kind_label(kind: MeasurementKind | str) -> str:
    return {
        MeasurementKind.BLOOD_PRESSURE: _t("Blood pressure"),
        MeasurementKind.PULSE: _t("Pulse"),
        MeasurementKind.TEMPERATURE: _t("Temperature"),
        MeasurementKind.SPO2: _t("SpO₂ (oxygen saturation)"),
        MeasurementKind.WEIGHT: _t("Weight"),
        MeasurementKind.HEIGHT: _t("Height"),
        MeasurementKind.BMI: _t("BMI"),
        MeasurementKind.GLUCOSE_FASTING: _t("Blood glucose, fasting"),
        MeasurementKind.GLUCOSE_POST_MEAL: _t("Blood glucose, after a meal"),
        MeasurementKind.GLUCOSE_RANDOM: _t("Blood glucose, random"),
        MeasurementKind.HBA1C: _t("HbA1c"),
    }[MeasurementKind(kind)]


def source_label(source: MeasurementSource | str) -> str:
    return {
        MeasurementSource.VISIT: _t("At the clinic"),
        MeasurementSource.HOME: _t("At home"),
        MeasurementSource.KIOSK: _t("On the kiosk"),
        MeasurementSource.LAB: _t("Lab result"),
    }[MeasurementSource(source)]


def alert_label(kind: AlertKind | str) -> str:
    return {
        AlertKind.DANGER: _t("Dangerous reading"),
        AlertKind.OUT_OF_RANGE: _t("Outside the target"),
        AlertKind.SIGNIFICANT_CHANGE: _t("Significant change"),
        AlertKind.OVERDUE: _t("Reading overdue"),
        AlertKind.LAB_ABNORMAL: _t("Abnormal lab result"),
    }[AlertKind(kind)]


def severity_label(severity: AllergySeverity | str) -> str:
    return {
        AllergySeverity.MILD: _t("Mild"),
        AllergySeverity.MODERATE: _t("Moderate"),
        AllergySeverity.SEVERE: _t("Severe"),
        AllergySeverity.LIFE_THREATENING: _t("Life-threatening"),
        AllergySeverity.UNKNOWN: _t("Severity not known"),
    }[AllergySeverity(severity)]


ALERT_COLOURS = {"danger": "#B42318", "out_of_range": "#B54708", "significant_change": "#B54708",
                 "overdue": "#486581", "lab_abnormal": "#B54708"}


def lab_result_label(order: LabOrderView) -> str:
    """A lab order's result as shown: the value (and text) as entered, or where it stands, in the window's language."""
    parts = [part for part in (f"{order.result_value:g}" + (f" {order.unit}" if order.unit else "")
                               if order.result_value is not None else None, order.result_text) if part]
    if parts:
        return " — ".join(parts)
    return _t("Report attached") if order.record_id else _t("Awaiting result")
