// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrCamera.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPermissions>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcCamera, "twofold.qr.camera")
} // namespace

QrCamera::QrCamera(QObject *parent)
    : QObject(parent)
{
    m_scanner.setActive(false);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, [this] {
        Q_EMIT camerasChanged();
        // A camera plugged in while the page says there is none is used at once.
        if (m_status == NoCamera)
            start();
    });
    connect(&m_scanner, &CameraScanner::codesFound, this, [this](const QStringList &texts) {
        closeCamera();
        setStatus(Found);
        Q_EMIT codesFound(texts);
    });
    connect(&m_scanner, &CameraScanner::otherCodeSeen, this, [this] {
        if (m_otherCode)
            return;
        m_otherCode = true;
        Q_EMIT statusChanged();
    });
}

QrCamera::~QrCamera()
{
    closeCamera();
}

void QrCamera::setVideoOutput(QObject *output)
{
    if (output == m_output)
        return;
    m_output = output;
    m_session.setVideoOutput(output);
    // The preview's own sink: the scanner sees exactly the frames the user sees.
    m_scanner.setVideoSink(m_session.videoSink());
    Q_EMIT videoOutputChanged();
}

QStringList QrCamera::cameras() const
{
    QStringList names;
    for (const QCameraDevice &device : m_devices.videoInputs())
        names << device.description();
    return names;
}

void QrCamera::setPreferredCamera(const QString &id)
{
    if (id == m_preferred)
        return;
    m_preferred = id;
    Q_EMIT camerasChanged();
}

int QrCamera::cameraIndex() const
{
    const QList<QCameraDevice> inputs = m_devices.videoInputs();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (QString::fromUtf8(inputs.at(i).id()) == m_preferred)
            return int(i);
    }
    const qsizetype fallback = inputs.indexOf(QMediaDevices::defaultVideoInput());
    return inputs.isEmpty() ? -1 : int(qMax<qsizetype>(fallback, 0));
}

QString QrCamera::choose(int index)
{
    const QList<QCameraDevice> inputs = m_devices.videoInputs();
    if (index < 0 || index >= inputs.size())
        return m_preferred;
    setPreferredCamera(QString::fromUtf8(inputs.at(index).id()));
    if (m_camera) {
        closeCamera();
        open();
    }
    return m_preferred;
}

Qt::PermissionStatus QrCamera::permission() const
{
    if (m_permissionForTesting)
        return *m_permissionForTesting;
    return QCoreApplication::instance()->checkPermission(QCameraPermission());
}

void QrCamera::start()
{
    if (m_status == AskingPermission || m_status == Starting || m_status == Scanning)
        return;
    m_otherCode = false;
    if (!m_frameInput && m_devices.videoInputs().isEmpty()) {
        setStatus(NoCamera);
        return;
    }
    switch (permission()) {
    case Qt::PermissionStatus::Granted:
        open();
        return;
    case Qt::PermissionStatus::Denied:
        setStatus(PermissionDenied);
        return;
    case Qt::PermissionStatus::Undetermined:
        setStatus(AskingPermission);
        QCoreApplication::instance()->requestPermission(
            QCameraPermission(), this, [this](const QPermission &answer) {
                if (m_status != AskingPermission)
                    return; // closed meanwhile
                if (answer.status() == Qt::PermissionStatus::Granted)
                    open();
                else
                    setStatus(PermissionDenied);
            });
        return;
    }
}

void QrCamera::open()
{
    m_scanner.resetCounters();
    m_scanner.setActive(true);
    if (m_frameInput) {
        m_session.setVideoFrameInput(m_frameInput);
        setStatus(Scanning);
        return;
    }
    const QList<QCameraDevice> inputs = m_devices.videoInputs();
    m_camera = new QCamera(inputs.value(cameraIndex()), this);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &text) {
        if (error == QCamera::NoError)
            return;
        // Typically the device is busy (another application has it) or was unplugged.
        qCWarning(lcCamera) << "the camera failed:" << text;
        closeCamera();
        setStatus(Failed, text);
    });
    connect(m_camera, &QCamera::activeChanged, this, [this](bool active) {
        if (active && m_status == Starting)
            setStatus(Scanning);
    });
    m_session.setCamera(m_camera);
    setStatus(Starting);
    m_camera->start();
}

void QrCamera::closeCamera()
{
    m_scanner.setActive(false);
    if (m_camera) {
        m_session.setCamera(nullptr);
        m_camera->stop();
        // Possibly called from the camera's own signal.
        m_camera->deleteLater();
        m_camera = nullptr;
    }
    if (m_frameInput)
        m_session.setVideoFrameInput(nullptr);
}

void QrCamera::stop()
{
    closeCamera();
    setStatus(Stopped);
}

void QrCamera::useFrameInput(QVideoFrameInput *input)
{
    stop();
    m_frameInput = input;
}

void QrCamera::setStatus(Status status, const QString &detail)
{
    if (status == m_status && detail == m_detail)
        return;
    m_status = status;
    m_detail = detail;
    Q_EMIT statusChanged();
}

QString QrCamera::message() const
{
    switch (m_status) {
    case Stopped:
    case Found:
        return {};
    case AskingPermission:
        return tr("Waiting for permission to use the camera…");
    case Starting:
        return tr("Starting the camera…");
    case Scanning:
        return m_otherCode
                   ? tr("That QR code holds no otpauth:// link. Hold up the code the service shows for "
                        "setting up two-factor authentication.")
                   : tr("Hold the QR code up to the camera.");
    case NoCamera:
        return tr("No camera was found. Connect one, or read the QR code from an image or from the screen "
                  "instead.");
    case PermissionDenied:
        return tr("Twofold is not allowed to use the camera. Allow camera access in your system's privacy "
                  "settings, then try again.");
    case Failed:
        return m_detail.isEmpty()
                   ? tr("The camera could not be started. Another application may be using it.")
                   : tr("The camera could not be started (%1). Another application may be using it.")
                         .arg(m_detail);
    }
    return {};
}

} // namespace twofold
