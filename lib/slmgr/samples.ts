/**
 * slmgr output samples for the tests. The Windows 7 KMS client /dli is Microsoft's own sample
 * (TechNet "Managing License States"); the others are constructed by analogy with the labels in
 * slmgr.vbs's string table and are marked so. Partial keys are arbitrary 5-character strings.
 */
export const samples = {
  // Microsoft's sample (TN-LICSTATE): Windows 7 Enterprise, KMS client.
  win7KmsClientEn: `Name: Windows(R) 7, Enterprise edition
Description: Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel
Partial Product Key: DVQ7P
License Status: Licensed
Volume activation expiration: 243720 minute(s) (169 day(s))`,
  // Constructed: Windows 7 Professional activated with a MAK (the story's case).
  win7MakEn: `Name: Windows(R) 7, Professional edition
Description: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
Partial Product Key: 3V66T
License Status: Licensed`,
  // Constructed: Japanese Windows 7, MAK (only 「説明」 is a confirmed label).
  win7MakJa: `名前: Windows(R) 7, Professional edition
説明: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
部分プロダクト キー: 3V66T
ライセンスの状態: ライセンスされています`,
  // Constructed: Windows 10 retail, /dlv with long fields.
  win10RetailDlvEn: `Software licensing service version: 10.0.19041.1
Name: Windows(R), Professional edition
Description: Windows(R) Operating System, RETAIL channel
Activation ID: 00000000-0000-0000-0000-000000000000
Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
Extended PID: 00000-00000-000-000000-00-1041-19041.0000-0000000
Product Key Channel: Retail
Installation ID: 000000000000000000000000000000000000000000000000000000000000
Partial Product Key: 8HVX7
License Status: Licensed
Remaining Windows rearm count: 1001
Trusted time: 2026/11/01 10:00:00`,
  // Constructed: Windows 11 on a Surface-like OEM PC, Japanese labels, OEM_DM.
  win11OemJa: `名前: Windows(R), Home edition
説明: Windows(R) Operating System, OEM_DM channel
部分プロダクト キー: 3V7TT
ライセンスの状態: ライセンスされています`,
  // Constructed: Windows 8.1 OEM_SLP (BIOS-locked OEM).
  win81OemSlpEn: `Name: Windows(R), Professional edition
Description: Windows(R) Operating System, OEM_SLP channel
Partial Product Key: HJ6TT
License Status: Licensed`,
  // Constructed: Notification state, grace time expired.
  win7NotificationEn: `Name: Windows(R) 7, Professional edition
Description: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
Partial Product Key: 3V66T
License Status: Notification
Notification Reason: 0xC004F009 (grace time expired).`,
  // Constructed: a KMS host.
  kmsHostEn: `Name: Windows(R), ServerStandard edition
Description: Windows(R) Operating System, VOLUME_KMS_C channel
Partial Product Key: 7QYR3
License Status: Licensed
Key Management Service is enabled on this machine
    Current count: 50`,
  // Constructed: evaluation copy.
  evalEn: `Name: Windows(R), EnterpriseEval edition
Description: Windows(R) Operating System, TIMEBASED_EVAL channel
Partial Product Key: 9TRG4
License Status: Initial grace period
Time remaining: 129600 minute(s) (90 day(s))`,
  // Constructed: /dli all with Office after Windows.
  multiEn: `Name: Windows(R), Professional edition
Description: Windows(R) Operating System, RETAIL channel
Partial Product Key: 8HVX7
License Status: Licensed

Name: Office 16, Office16ProPlusVL_KMS_Client edition
Description: Office 16, VOLUME_KMSCLIENT channel
Partial Product Key: WFG99
License Status: Licensed`,
  xprEn: 'Windows(R), Professional edition:\n    The machine is permanently activated.',
  xprJa: 'Windows(R), Professional edition:\n    コンピューターは永続的にライセンス認証されています。',
} as const;
