// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/CameraScanner.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QVideoFrameInput>
#include <QtQmlIntegration>

#include <optional>

namespace twofold {

// The camera page's camera: which device (the chosen one is remembered by the page in Settings), the
// permission to use it, starting and stopping it, feeding its preview and the CameraScanner, and a sentence
// for the user about where things stand. The camera runs only between start() and stop(), and stops by
// itself on the first otpauth code found and on any camera error.
class QrCamera : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The preview: a VideoOutput (or any object Qt Multimedia takes as a video output).
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
    Q_PROPERTY(QStringList cameras READ cameras NOTIFY camerasChanged)
    // The id of the camera to use; an unknown or empty id means the system's default camera.
    Q_PROPERTY(QString preferredCamera READ preferredCamera WRITE setPreferredCamera NOTIFY camerasChanged)
    Q_PROPERTY(int cameraIndex READ cameraIndex NOTIFY camerasChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)

public:
    enum Status
    {
        Stopped,
        AskingPermission,
        Starting,
        Scanning,
        NoCamera,
        PermissionDenied,
        Failed,
        Found
    };
    Q_ENUM(Status)

    explicit QrCamera(QObject *parent = nullptr);
    ~QrCamera() override;

    QObject *videoOutput() const { return m_output; }
    void setVideoOutput(QObject *output);
    QStringList cameras() const;
    QString preferredCamera() const { return m_preferred; }
    void setPreferredCamera(const QString &id);
    int cameraIndex() const;
    Status status() const { return m_status; }
    QString message() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    // Switches to camera `index` of `cameras` (restarting it if it runs) and returns its id to remember.
    Q_INVOKABLE QString choose(int index);

    const CameraScanner &scanner() const { return m_scanner; }
    // Tests: frames come from `input` instead of a camera device, and the permission answer is fixed.
    void useFrameInput(QVideoFrameInput *input);
    void setPermissionForTesting(Qt::PermissionStatus status) { m_permissionForTesting = status; }

Q_SIGNALS:
    void videoOutputChanged();
    void camerasChanged();
    void statusChanged();
    // The otpauth texts of the first frame that had any; the camera has already stopped.
    void codesFound(const QStringList &texts);

private:
    Qt::PermissionStatus permission() const;
    void open();
    void closeCamera();
    void setStatus(Status status, const QString &detail = {});

    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    CameraScanner m_scanner;
    QCamera *m_camera = nullptr;
    QPointer<QObject> m_output;
    QPointer<QVideoFrameInput> m_frameInput;
    QString m_preferred;
    Status m_status = Stopped;
    QString m_detail;
    bool m_otherCode = false;
    std::optional<Qt::PermissionStatus> m_permissionForTesting;
};

} // namespace twofold
