import type { LicenseStatus, Recognition, SlmgrField, SlmgrNote, XprState } from '../parse';
import type { ChannelKind } from '../channels';

/**
 * slmgr output samples: test fixtures, and examples the UI may offer.
 *
 * Origin of each sample:
 * - 'microsoft-docs': captured from Microsoft documentation. Both come from the TechNet page
 *   "Managing License States" [TN-LICSTATE]: the Windows 7 KMS client /dli and the KMS host /dli.
 *   The KMS host keeps the blank lines between fields that the older TechNet rendering shows.
 * - 'public-report': real output someone posted in public (URL in `url`), with the partial key,
 *   Installation ID and Extended PID masked. Expected values were written by hand from the text.
 * - 'constructed': written by analogy, using the exact English strings of slmgr.vbs's string
 *   table [SLMGR-VBS] and the layout of the Microsoft samples. Japanese samples use the one
 *   confirmed label 「説明」 [JP-MYNAVI]; their other labels and status words are guesses, and one
 *   sample deliberately uses labels the parser does not know, to exercise the fallbacks.
 *
 * Partial keys are arbitrary five-character strings, or the last group of a public GVLK
 * (facts §5). No sample contains a full product key: /ipk lines show the XXXXX mask, and tests
 * build key-shaped strings at run time.
 */

export interface ExpectedProduct {
  channel: ChannelKind;
  channelToken?: string;
  partialKey?: string;
  status?: LicenseStatus;
  notificationReason?: string;
  kmsExpirationMinutes?: number;
  remainingMinutes?: number;
  kmsCurrentCount?: number;
  inUse?: boolean;
  isWindows?: boolean;
  recognised?: Partial<Record<SlmgrField, Recognition>>;
}

export interface SlmgrSample {
  title: string;
  lang: 'en' | 'ja';
  windows: '7' | '8.1' | '10' | '11' | 'Server 2008 R2';
  command: '/dli' | '/dlv' | '/dli all' | '/xpr' | 'ospp.vbs /dstatus' | '/ipk + /dli';
  origin: 'microsoft-docs' | 'public-report' | 'constructed';
  /** For 'public-report': where the output was posted (real slmgr output, identifiers masked). */
  url?: string;
  /** Source tag (facts §8) for the format or the sample itself. */
  source: 'TN-LICSTATE' | 'SLMGR-VBS' | 'MS-KB4487266' | 'JP-MYNAVI';
  text: string;
  expected: {
    products: ExpectedProduct[];
    xpr?: { state: XprState; date?: string }[];
    permanent?: boolean;
    expires?: string;
    /** Notes that must be present. */
    notes?: SlmgrNote[];
  };
}

const sampleMap = {
  // ── Captured from Microsoft documentation ───────────────────────────────────────────────────

  /** [TN-LICSTATE] Windows 7 Enterprise, KMS client, /dli — Microsoft's own sample. */
  win7KmsClientDli: {
    title: 'Windows 7 Enterprise, KMS client (/dli)',
    lang: 'en',
    windows: '7',
    command: '/dli',
    origin: 'microsoft-docs',
    source: 'TN-LICSTATE',
    text: `Name: Windows(R) 7, Enterprise edition
Description: Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel
Partial Product Key: DVQ7P
License Status: Licensed
Volume activation expiration: 243720 minute(s) (169 day(s))

Key Management Service client information
    Client Machine ID (CMID): 2ffcfc30-6a6a-49ec-92b8-f6150c7df211
    KMS machine name from DNS: emeronb10-rc3.sppvltest.net:1688
    KMS machine extended PID: 55041-00140-015-871562-03-1033-7078.0000-0992009
    Activation interval: 15 minutes
    Renewal interval: 25 minutes
    KMS host caching is enabled`,
    expected: {
      products: [
        {
          channel: 'volume-kms-client',
          channelToken: 'VOLUME_KMSCLIENT',
          partialKey: 'DVQ7P',
          status: 'licensed',
          kmsExpirationMinutes: 243720,
          isWindows: true,
          recognised: { name: 'label', description: 'label', channel: 'label', partialKey: 'label', status: 'label', kmsExpiration: 'label' },
        },
      ],
    },
  },

  /** [TN-LICSTATE] Windows Server 2008 R2 KMS host, /dli — Microsoft's own sample (TechNet spacing). */
  serverKmsHostDli: {
    title: 'Windows Server 2008 R2, KMS host (/dli)',
    lang: 'en',
    windows: 'Server 2008 R2',
    command: '/dli',
    origin: 'microsoft-docs',
    source: 'TN-LICSTATE',
    text: `Name: Windows Server(R), ServerEnterprise edition

Description: Windows Operating System - Windows Server(R), VOLUME_KMS_C channel

Partial Product Key: PYWKV

License Status: Licensed
    Key Management Service is enabled on this machine

    Current count: 2

    Listening on Port: 1688

    DNS publishing enabled

    KMS priority: Normal
 Key Management Service cumulative requests received from clients

    Total requests received: 826

    Failed requests received: 0

    Requests with License Status Unlicensed: 0

    Requests with License Status Licensed: 826

    Requests with License Status Initial grace period: 0

    Requests with License Status License expired or Hardware out of tolerance: 0

    Requests with License Status Non-genuine grace period: 0

    Requests with License Status Notification: 0`,
    expected: {
      products: [{ channel: 'volume-kms-host', channelToken: 'VOLUME_KMS_C', partialKey: 'PYWKV', status: 'licensed', kmsCurrentCount: 2, isWindows: true }],
      notes: ['kms-host'],
    },
  },

  // ── Real output posted in public (identifiers masked) ───────────────────────────────────────

  /**
   * Windows 10 22H2 (build 19045), the Extended Security Updates add-on activated with a MAK, as
   * `slmgr.vbs /dlv <activation id>` printed it in English (posted 2025-10-23 in a GitHub issue).
   */
  win10EsuMakDlv: {
    title: 'Windows 10 ESU add-on, MAK (/dlv, real output)',
    lang: 'en',
    windows: '10',
    command: '/dlv',
    origin: 'public-report',
    url: 'https://github.com/alygcode/windows10esu/issues/3',
    source: 'SLMGR-VBS',
    text: `Name: Windows(R), Client-ESU-Year1 add-on for Education,EducationN,Enterprise,EnterpriseN,Professional,ProfessionalEducation,ProfessionalEducationN,ProfessionalN,ProfessionalWorkstation,ProfessionalWorkstationN,ServerRdsh,Core,CoreN,CoreCountrySpecific,CoreSingleLanguage,IoTEnterprise,PPIPro
Description: Windows(R) Operating System, VOLUME_MAK channel
Activation ID: f520e45e-7413-4a34-a497-d2765967d094
Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
Extended PID: 03612-05150-000-000000-03-1033-19045.0000-0000000
Product Key Channel: Volume:MAK
Installation ID: 000000000000000000000000000000000000000000000000000000000000000
Use License URL: https://activation-v2.sls.microsoft.com/SLActivateProduct/SLActivateProduct.asmx?configextension=Retail
Validation URL: https://validation-v2.sls.microsoft.com/SLWGA/slwga.asmx
Partial Product Key: XXXXX
License Status: Licensed
Remaining Windows rearm count: 1001
Remaining SKU rearm count: 1001
Trusted time: 23/10/2025 14:51:58`,
    // By hand from the text: the Description line's token is VOLUME_MAK, the status is Licensed.
    expected: { products: [{ channel: 'volume-mak', channelToken: 'VOLUME_MAK', partialKey: 'XXXXX', status: 'licensed' }] },
  },

  // ── Constructed by analogy (slmgr.vbs strings, Microsoft's layout) ─────────────────────────

  /** The story's case: Windows 7 Professional activated with a MAK. */
  win7MakDli: {
    title: 'Windows 7 Professional, MAK (/dli)',
    lang: 'en',
    windows: '7',
    command: '/dli',
    origin: 'constructed',
    source: 'TN-LICSTATE',
    text: `Name: Windows(R) 7, Professional edition
Description: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
Partial Product Key: 3V66T
License Status: Licensed`,
    expected: { products: [{ channel: 'volume-mak', channelToken: 'VOLUME_MAK', partialKey: '3V66T', status: 'licensed', isWindows: true }] },
  },

  /** The same on Japanese Windows 7 (labels other than 説明 are guesses). */
  win7MakDliJa: {
    title: 'Windows 7 Professional, MAK (/dli, Japanese)',
    lang: 'ja',
    windows: '7',
    command: '/dli',
    origin: 'constructed',
    source: 'JP-MYNAVI',
    text: `名前: Windows(R) 7, Professional edition
説明: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
部分プロダクト キー: 3V66T
ライセンスの状態: ライセンスされています`,
    expected: {
      products: [
        {
          channel: 'volume-mak',
          partialKey: '3V66T',
          status: 'licensed',
          isWindows: true,
          recognised: { name: 'guessed-label', description: 'label', channel: 'label', partialKey: 'guessed-label', status: 'guessed-label' },
        },
      ],
      notes: ['ja-labels', 'guessed-labels'],
    },
  },

  /** A MAK that never activated: the 30-day grace ran out (reason 0xC004F009). */
  win7MakGraceExpired: {
    title: 'Windows 7 Professional, MAK not activated, grace time expired (/dli)',
    lang: 'en',
    windows: '7',
    command: '/dli',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Name: Windows(R) 7, Professional edition
Description: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
Partial Product Key: 3V66T
License Status: Notification
Notification Reason: 0xC004F009 (grace time expired).`,
    expected: { products: [{ channel: 'volume-mak', partialKey: '3V66T', status: 'notification', notificationReason: '0xC004F009' }] },
  },

  /**
   * /dlv of a Windows 7 KMS client flagged non-genuine, as in the January 2019 incident
   * (slmgr /dlv showed 0xC004F200) [MS-KB4487266]. Long /dlv fields; IDs are made up.
   * Partial key: the public Windows 7 Enterprise GVLK's last group.
   */
  win7KmsNonGenuineDlv: {
    title: 'Windows 7 Enterprise, KMS client marked non-genuine (/dlv)',
    lang: 'en',
    windows: '7',
    command: '/dlv',
    origin: 'constructed',
    source: 'MS-KB4487266',
    text: `Software licensing service version: 6.1.7601.17514

Name: Windows(R) 7, Enterprise edition
Description: Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel
Activation ID: 4b1a7c52-93e0-4d6f-8a2b-6c0d5e9f1a37
Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
Extended PID: 55041-00172-562-418826-03-1041-7601.0000-0042019
Installation ID: 009263587312620490412651788520175438019284730169124370
Partial Product Key: HVTHH
License Status: Notification
Notification Reason: 0xC004F200 (non-genuine).
Remaining Windows rearm count: 3
Trusted time: 1/9/2019 9:41:07 AM`,
    expected: {
      products: [{ channel: 'volume-kms-client', partialKey: 'HVTHH', status: 'notification', notificationReason: '0xC004F200' }],
      notes: ['detailed'],
    },
  },

  /** Windows 10 retail, /dlv with the newer fields (Product Key Channel, SKU rearm count). */
  win10RetailDlv: {
    title: 'Windows 10 Pro, retail (/dlv)',
    lang: 'en',
    windows: '10',
    command: '/dlv',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Software licensing service version: 10.0.19041.3636

Name: Windows(R), Professional edition
Description: Windows(R) Operating System, RETAIL channel
Activation ID: 8f3c2a10-5b7e-4c9d-a1e2-3f4b5c6d7e80
Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
Extended PID: 03612-03311-000-000001-00-1033-19041.0000-2342023
Product Key Channel: Retail
Installation ID: 381520497260318564027195836402718563920175648302957164038291
Use License URL: https://activation-v2.sls.microsoft.com/SLActivateProduct/SLActivateProduct.asmx?configextension=Retail
Validation URL: https://validation-v2.sls.microsoft.com/SLWGA/slwga.asmx
Partial Product Key: 8HVX7
License Status: Licensed
Remaining Windows rearm count: 1001
Remaining SKU rearm count: 1001
Trusted time: 5/12/2026 10:15:32 AM`,
    expected: {
      products: [{ channel: 'retail', channelToken: 'RETAIL', partialKey: '8HVX7', status: 'licensed', isWindows: true, inUse: true }],
      notes: ['detailed'],
    },
  },

  /** Windows 8.1 with the OEM key in firmware (OEM_DM), copied with Ctrl+C from the script-host dialog. */
  win81OemDmDialog: {
    title: 'Windows 8.1, OEM_DM, copied from the Windows Script Host dialog (/dli)',
    lang: 'en',
    windows: '8.1',
    command: '/dli',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `---------------------------
Windows Script Host
---------------------------
Name: Windows(R), Core edition
Description: Windows(R) Operating System, OEM_DM channel
Partial Product Key: 4CFBX
License Status: Licensed

---------------------------
OK
---------------------------`,
    expected: { products: [{ channel: 'oem', channelToken: 'OEM_DM', partialKey: '4CFBX', status: 'licensed' }] },
  },

  /** Japanese Windows 11 on an OEM PC: full-width colons, "OEM_DM Channel" as in [JP-MYNAVI]. */
  win11OemDmJa: {
    title: 'Windows 11 Home, OEM_DM (/dli, Japanese, full-width colons)',
    lang: 'ja',
    windows: '11',
    command: '/dli',
    origin: 'constructed',
    source: 'JP-MYNAVI',
    text: `名前： Windows(R), Home edition
説明： Windows(R) Operating System, OEM_DM Channel
部分プロダクト キー： 3V7TT
ライセンスの状態： ライセンスされています`,
    expected: { products: [{ channel: 'oem', channelToken: 'OEM_DM', partialKey: '3V7TT', status: 'licensed' }], notes: ['ja-labels'] },
  },

  /** Japanese Windows 7 preinstalled by a PC maker (BIOS-locked OEM_SLP), another guessed label. */
  win7OemSlpJa: {
    title: 'Windows 7 Home Premium, OEM_SLP (/dli, Japanese)',
    lang: 'ja',
    windows: '7',
    command: '/dli',
    origin: 'constructed',
    source: 'JP-MYNAVI',
    text: `名前: Windows(R) 7, HomePremium edition
説明: Windows Operating System - Windows(R) 7, OEM_SLP channel
プロダクト キーの一部: 7HBXM
ライセンスの状態: ライセンスされています`,
    expected: { products: [{ channel: 'oem', channelToken: 'OEM_SLP', partialKey: '7HBXM', status: 'licensed' }] },
  },

  /** Japanese labels the parser does not know: only the value shapes identify the fields. */
  jaUnknownLabels: {
    title: 'Windows 10 Pro, OEM_COA_NSLP, unfamiliar Japanese labels (/dli)',
    lang: 'ja',
    windows: '10',
    command: '/dli',
    origin: 'constructed',
    source: 'JP-MYNAVI',
    text: `製品の名称: Windows(R), Professional edition
製品の説明文: Windows(R) Operating System, OEM_COA_NSLP channel
インストール済みキーの末尾: 6F4BT
状態: 非正規猶予期間`,
    expected: {
      products: [
        {
          channel: 'oem',
          channelToken: 'OEM_COA_NSLP',
          partialKey: '6F4BT',
          status: 'non-genuine-grace',
          recognised: { name: 'pattern', description: 'pattern', channel: 'pattern', partialKey: 'pattern', status: 'pattern' },
        },
      ],
      notes: ['pattern-fields', 'ja-labels'],
    },
  },

  /** Windows 11 Enterprise evaluation: a time-based licence. */
  win11EvalDli: {
    title: 'Windows 11 Enterprise Evaluation, TIMEBASED_EVAL (/dli)',
    lang: 'en',
    windows: '11',
    command: '/dli',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Name: Windows(R), EnterpriseEval edition
Description: Windows(R) Operating System, TIMEBASED_EVAL channel
Partial Product Key: 9TRG4
License Status: Licensed
Timebased activation expiration: 129540 minute(s) (90 day(s))`,
    expected: { products: [{ channel: 'evaluation', channelToken: 'TIMEBASED_EVAL', partialKey: '9TRG4', status: 'licensed', remainingMinutes: 129540 }] },
  },

  /** Windows 10 Enterprise KMS client that lost its KMS host (public GVLK's last group). */
  win10KmsAdditionalGrace: {
    title: 'Windows 10 Enterprise, KMS client, KMS activation expired (/dli)',
    lang: 'en',
    windows: '10',
    command: '/dli',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Name: Windows(R), Enterprise edition
Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel
Partial Product Key: 2YT43
License Status: Additional grace period (KMS license expired or hardware out of tolerance)
Time remaining: 43200 minute(s) (30 day(s))
Configured Activation Type: All
Please use slmgr.vbs /ato to activate and update KMS client information in order to update values.`,
    expected: { products: [{ channel: 'volume-kms-client', partialKey: '2YT43', status: 'additional-grace', remainingMinutes: 43200 }] },
  },

  /** /dli all on Windows 10 with Office: Windows, an Office KMS client, an unused Office MAK SKU. */
  win10DliAllOffice: {
    title: 'Windows 10 Pro retail with Office (/dli all)',
    lang: 'en',
    windows: '10',
    command: '/dli all',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `
Name: Windows(R), Professional edition
Description: Windows(R) Operating System, RETAIL channel
Partial Product Key: 8HVX7
License Status: Licensed

Name: Office 16, Office16ProPlusVL_KMS_Client edition
Description: Office 16, VOLUME_KMSCLIENT channel
Partial Product Key: WFG99
License Status: Licensed
Volume activation expiration: 259200 minute(s) (180 day(s))
Configured Activation Type: All

Most recent activation information:
Key Management Service client information
    Client Machine ID (CMID): 6c1e8a7b-0f2d-4e35-9b4a-7d8c9e0f1a2b
    KMS machine name from DNS: kms01.example.local:1688
    KMS machine extended PID: 06401-00206-551-123456-03-1033-17763.0000-0522019
    Activation interval: 120 minutes
    Renewal interval: 10080 minutes
    KMS host caching is enabled

Name: Office 16, Office16ProPlusVL_MAK edition
Description: Office 16, VOLUME_MAK channel
This license is not in use.
License Status: Unlicensed
`,
    expected: {
      products: [
        { channel: 'retail', partialKey: '8HVX7', status: 'licensed', isWindows: true },
        { channel: 'volume-kms-client', partialKey: 'WFG99', status: 'licensed', kmsExpirationMinutes: 259200, isWindows: false },
        { channel: 'volume-mak', status: 'unlicensed', inUse: false, isWindows: false },
      ],
      notes: ['multiple-products', 'unused-licenses'],
    },
  },

  /** A console session: /ipk (key already shown masked) then /dli during the initial grace period. */
  win7IpkThenDli: {
    title: 'Windows 7 Professional, MAK just installed, initial grace (/ipk then /dli)',
    lang: 'en',
    windows: '7',
    command: '/ipk + /dli',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `C:\\Windows\\system32>cscript //nologo slmgr.vbs /ipk XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
Installed product key XXXXX-XXXXX-XXXXX-XXXXX-XXXXX successfully.

C:\\Windows\\system32>cscript //nologo slmgr.vbs /dli

Name: Windows(R) 7, Professional edition
Description: Windows Operating System - Windows(R) 7, VOLUME_MAK channel
Partial Product Key: 3V66T
License Status: Initial grace period
Time remaining: 43020 minute(s) (30 day(s))`,
    expected: { products: [{ channel: 'volume-mak', partialKey: '3V66T', status: 'initial-grace', remainingMinutes: 43020 }] },
  },

  /** Office 2010 on Windows 7 via ospp.vbs /dstatus (Office's own tool; same channel tokens). */
  office2010Ospp: {
    title: 'Office 2010 Professional Plus, KMS client (ospp.vbs /dstatus)',
    lang: 'en',
    windows: '7',
    command: 'ospp.vbs /dstatus',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `---Processing--------------------------
---------------------------------------
SKU ID: 6f327760-8c5c-417c-9b61-836a98287e0c
LICENSE NAME: Office 14, OfficeProPlus-KMS_Client edition
LICENSE DESCRIPTION: Office 14, VOLUME_KMSCLIENT channel
LICENSE STATUS:  ---LICENSED---
REMAINING GRACE: 178 days  (256320 minute(s) before expiring)
Last 5 characters of installed product key: H3GVB
---------------------------------------
---------------------------------------
---Exiting-----------------------------`,
    expected: {
      products: [{ channel: 'volume-kms-client', partialKey: 'H3GVB', status: 'licensed', kmsExpirationMinutes: 256320, isWindows: false }],
      notes: ['ospp'],
    },
  },

  // ── /xpr ────────────────────────────────────────────────────────────────────────────────────

  xprPermanentEn: {
    title: 'Retail or MAK: permanently activated (/xpr)',
    lang: 'en',
    windows: '10',
    command: '/xpr',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Windows(R), Professional edition:
    The machine is permanently activated.`,
    expected: { products: [], permanent: true, xpr: [{ state: 'permanent' }], notes: ['xpr'] },
  },

  xprKmsEn: {
    title: 'KMS client: volume activation will expire (/xpr)',
    lang: 'en',
    windows: '10',
    command: '/xpr',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Windows(R), Enterprise edition:
    Volume activation will expire 11/8/2026 10:15:32 AM`,
    expected: {
      products: [],
      permanent: false,
      expires: '11/8/2026 10:15:32 AM',
      xpr: [{ state: 'volume-expires', date: '11/8/2026 10:15:32 AM' }],
    },
  },

  xprGraceEn: {
    title: 'Windows 7, not yet activated: initial grace period ends (/xpr)',
    lang: 'en',
    windows: '7',
    command: '/xpr',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Windows(R) 7, Professional edition:
    Initial grace period ends 5/12/2013 9:00:00 AM`,
    expected: { products: [], permanent: false, expires: '5/12/2013 9:00:00 AM', xpr: [{ state: 'initial-grace', date: '5/12/2013 9:00:00 AM' }] },
  },

  xprPermanentJa: {
    title: '永続的なライセンス認証 (/xpr, Japanese)',
    lang: 'ja',
    windows: '10',
    command: '/xpr',
    origin: 'constructed',
    source: 'SLMGR-VBS',
    text: `Windows(R), Professional edition:
    コンピューターは永久的にライセンス認証されています。`,
    expected: { products: [], permanent: true, xpr: [{ state: 'permanent' }], notes: ['xpr', 'ja-labels'] },
  },
} satisfies Record<string, SlmgrSample>;

export type SampleId = keyof typeof sampleMap;

export const samples: Record<SampleId, SlmgrSample> = sampleMap;

export const sampleIds = Object.keys(sampleMap) as SampleId[];
