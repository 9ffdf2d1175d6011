package cameo

// Digit-count bases of the Code encoding: c3 + 42 is "042", c4 + 431 is "0431".
const (
	c2 Code = 20000
	c3 Code = 30000
	c4 Code = 40000
)

// The roots.
const (
	RootStatement   = c2 + 1  // 01 make public statement
	RootAppeal      = c2 + 2  // 02 appeal
	RootIntend      = c2 + 3  // 03 express intent to cooperate
	RootConsult     = c2 + 4  // 04 consult
	RootDiplomatic  = c2 + 5  // 05 engage in diplomatic cooperation
	RootMaterial    = c2 + 6  // 06 engage in material cooperation
	RootAid         = c2 + 7  // 07 provide aid
	RootYield       = c2 + 8  // 08 yield
	RootInvestigate = c2 + 9  // 09 investigate
	RootDemand      = c2 + 10 // 10 demand
	RootDisapprove  = c2 + 11 // 11 disapprove
	RootReject      = c2 + 12 // 12 reject
	RootThreaten    = c2 + 13 // 13 threaten
	RootProtest     = c2 + 14 // 14 protest
	RootForce       = c2 + 15 // 15 exhibit force posture
	RootReduce      = c2 + 16 // 16 reduce relations
	RootCoerce      = c2 + 17 // 17 coerce
	RootAssault     = c2 + 18 // 18 assault
	RootFight       = c2 + 19 // 19 fight
	RootMassViolent = c2 + 20 // 20 use unconventional mass violence
)

// The codes an event coder uses most. Each is tested against the table.
const (
	MakeStatement          = c3 + 10   // 010
	DeclineComment         = c3 + 11   // 011
	ConsiderPolicy         = c3 + 14   // 014
	DenyResponsibility     = c3 + 16   // 016
	ExpressAccord          = c3 + 19   // 019
	Appeal                 = c3 + 20   // 020
	AppealMeet             = c3 + 26   // 026
	IntendCooperate        = c3 + 30   // 030
	IntendMaterialCoop     = c3 + 31   // 031
	IntendDiplomaticCoop   = c3 + 32   // 032
	IntendAid              = c3 + 33   // 033
	IntendMeet             = c3 + 36   // 036
	IntendSettle           = c3 + 37   // 037
	Consult                = c3 + 40   // 040
	DiscussByPhone         = c3 + 41   // 041
	MakeVisit              = c3 + 42   // 042
	HostVisit              = c3 + 43   // 043
	MeetThirdLocation      = c3 + 44   // 044
	Mediate                = c3 + 45   // 045
	Negotiate              = c3 + 46   // 046
	EngageDiplomaticCoop   = c3 + 50   // 050
	Praise                 = c3 + 51   // 051
	DefendVerbally         = c3 + 52   // 052
	RecogniseDiplomatic    = c3 + 54   // 054
	Apologise              = c3 + 55   // 055
	SignAgreement          = c3 + 57   // 057
	EngageMaterialCoop     = c3 + 60   // 060
	CooperateEconomically  = c3 + 61   // 061
	CooperateMilitarily    = c3 + 62   // 062
	ProvideAid             = c3 + 70   // 070
	ProvideEconomicAid     = c3 + 71   // 071
	ProvideMilitaryAid     = c3 + 72   // 072
	ProvideHumanitarianAid = c3 + 73   // 073
	Yield                  = c3 + 80   // 080
	Release                = c3 + 84   // 084
	ReleasePersons         = c4 + 841  // 0841
	EaseSanctions          = c3 + 85   // 085
	DeclareCeasefire       = c4 + 871  // 0871
	Retreat                = c4 + 874  // 0874
	Investigate            = c3 + 90   // 090
	Demand                 = c3 + 100  // 100
	DemandLeadershipChange = c4 + 1041 // 1041
	DemandPolicyChange     = c4 + 1042 // 1042
	DemandDeescalation     = c4 + 1056 // 1056
	DemandMeeting          = c3 + 106  // 106
	Disapprove             = c3 + 110  // 110
	Criticize              = c3 + 111  // 111
	Accuse                 = c3 + 112  // 112
	ComplainOfficially     = c3 + 114  // 114
	Sue                    = c3 + 115  // 115
	Reject                 = c3 + 120  // 120
	RefuseToYield          = c3 + 124  // 124
	RejectMeeting          = c3 + 125  // 125
	DefyNorms              = c3 + 128  // 128
	Veto                   = c3 + 129  // 129
	Threaten               = c3 + 130  // 130
	ThreatenNonForce       = c3 + 131  // 131
	ThreatenSanctions      = c4 + 1312 // 1312
	ThreatenMilitaryForce  = c3 + 138  // 138
	Ultimatum              = c3 + 139  // 139
	Dissent                = c3 + 140  // 140
	Demonstrate            = c3 + 141  // 141
	HungerStrike           = c3 + 142  // 142
	StrikeOrBoycott        = c3 + 143  // 143
	Riot                   = c3 + 145  // 145
	ShowForce              = c3 + 150  // 150
	MobilizeArmedForces    = c3 + 154  // 154
	ReduceRelations        = c3 + 160  // 160
	BreakRelations         = c3 + 161  // 161
	CutAid                 = c3 + 162  // 162
	ImposeSanctions        = c3 + 163  // 163
	HaltNegotiations       = c3 + 164  // 164
	ExpelOrWithdraw        = c3 + 166  // 166
	Coerce                 = c3 + 170  // 170
	SeizeProperty          = c3 + 171  // 171
	ImposeCurfew           = c4 + 1723 // 1723
	Arrest                 = c3 + 173  // 173
	Deport                 = c3 + 174  // 174
	Repress                = c3 + 175  // 175
	UnconventionalViolence = c3 + 180  // 180
	Abduct                 = c3 + 181  // 181
	PhysicallyAssault      = c3 + 182  // 182
	Bombing                = c3 + 183  // 183
	SuicideBombing         = c4 + 1831 // 1831
	AttemptAssassination   = c3 + 185  // 185
	Assassinate            = c3 + 186  // 186
	Fight                  = c3 + 190  // 190
	Blockade               = c3 + 191  // 191
	Occupy                 = c3 + 192  // 192
	FightSmallArms         = c3 + 193  // 193
	FightArtillery         = c3 + 194  // 194
	AerialAttack           = c3 + 195  // 195
	ViolateCeasefire       = c3 + 196  // 196
	MassViolence           = c3 + 200  // 200
	MassKilling            = c3 + 202  // 202
	UseWMD                 = c3 + 204  // 204
)
